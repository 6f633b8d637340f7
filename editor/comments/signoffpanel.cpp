// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffpanel.h"

#include "editor/comments/commentdialog.h"
#include "editor/comments/commentspanel.h"
#include "editor/widgets/rowtable.h"
#include "model/commands.h"
#include "model/comments.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QVBoxLayout>

namespace hindsight::editor {

namespace {

QString when(const QDateTime &utc)
{
    return CommentsPanel::shortTime(utc);
}

QString verdictLine(const QString &who, const std::optional<model::SignOff> &verdict)
{
    if (!verdict)
        return SignOffPanel::tr("%1: not signed off yet").arg(who);
    if (verdict->verdict == model::Verdict::Approved)
        return SignOffPanel::tr("%1: ✔ approved, %2").arg(who, when(verdict->time));
    const QString why = model::DiscussionText::excerpt(verdict->text, 100);
    return why.isEmpty() ? SignOffPanel::tr("%1: ✎ changes requested, %2").arg(who, when(verdict->time))
                         : SignOffPanel::tr("%1: ✎ changes requested, %2: %3").arg(who, when(verdict->time), why);
}

} // namespace

SignOffPanel::SignOffPanel(model::ReviewDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_table(new RowTable(document, model::RowTraits<model::Reviewer>::typeIndex, this)), m_verdicts(new QLabel(this)),
      m_approve(new QPushButton(tr("A&pprove…"), this)),
      m_requestChanges(new QPushButton(tr("Request c&hanges…"), this))
{
    using Traits = model::RowTraits<model::Reviewer>;
    m_table->setObjectName(QStringLiteral("reviewers"));
    m_table->setButtonTexts(tr("Add revie&wer"), tr("Remove reviewer"));
    m_table->setEditColumn(Traits::Name);
    m_table->setStretchColumn(Traits::Role);
    m_table->fitColumn(Traits::Name, {QStringLiteral("Olivia Schmitt")});
    m_verdicts->setObjectName(QStringLiteral("verdicts"));
    m_verdicts->setTextFormat(Qt::PlainText);
    m_verdicts->setWordWrap(true);
    m_verdicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approve->setToolTip(tr("Record that a reviewer approves the review"));
    m_requestChanges->setToolTip(tr("Record that a reviewer asks for changes, and why"));
    m_defaultReviewer = rememberedAuthor();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_requestChanges);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdicts);
    layout->addLayout(buttons);

    connect(&document, &model::ReviewDocument::commentsChanged, this, &SignOffPanel::refresh);
    connect(&document, &model::ReviewDocument::rowsChanged, this, [this](int typeIndex) {
        if (typeIndex == model::RowTraits<model::Reviewer>::typeIndex)
            refresh();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { askVerdict(true); });
    connect(m_requestChanges, &QPushButton::clicked, this, [this] { askVerdict(false); });
    refresh();
}

QString SignOffPanel::rememberedAuthor()
{
    return CommentDialog::defaultAuthor(QSettings().value(QStringLiteral("comments/author")).toString());
}

QStringList SignOffPanel::verdictLines() const
{
    const auto &review = m_document.review();
    QStringList lines;
    QSet<QString> listed;
    for (const auto &reviewer : review.reviewers) {
        if (reviewer.name.trimmed().isEmpty())
            continue;
        listed.insert(reviewer.name);
        const QString who = reviewer.role.trimmed().isEmpty()
                                ? reviewer.name
                                : tr("%1 (%2)").arg(reviewer.name, reviewer.role.trimmed());
        lines.append(verdictLine(who, model::latestVerdict(review.signOffs, reviewer.name)));
    }
    // Verdicts merged from copies of reviewers not (or no longer) on the list.
    for (const auto &signOff : review.signOffs) {
        if (listed.contains(signOff.reviewer))
            continue;
        listed.insert(signOff.reviewer);
        lines.append(verdictLine(tr("%1 (not on the list)").arg(signOff.reviewer),
                                 model::latestVerdict(review.signOffs, signOff.reviewer)));
    }
    return lines;
}

void SignOffPanel::refresh()
{
    const auto lines = verdictLines();
    m_verdicts->setText(lines.isEmpty() ? tr("Add the people who should read the review and sign it off.")
                                        : lines.join(QLatin1Char('\n')));
    const bool named = std::any_of(m_document.review().reviewers.cbegin(), m_document.review().reviewers.cend(),
                                   [](const model::Reviewer &r) { return !r.name.trimmed().isEmpty(); });
    m_approve->setEnabled(named && !m_document.isReadOnly());
    m_requestChanges->setEnabled(named && !m_document.isReadOnly());
}

void SignOffPanel::askVerdict(bool approve)
{
    QDialog dialog(this);
    dialog.setWindowTitle(approve ? tr("Approve the review") : tr("Request changes"));
    auto *who = new QComboBox(&dialog);
    for (const auto &reviewer : m_document.review().reviewers) {
        if (!reviewer.name.trimmed().isEmpty())
            who->addItem(reviewer.name);
    }
    if (const int index = who->findText(m_defaultReviewer); index >= 0)
        who->setCurrentIndex(index);
    auto *why = new QPlainTextEdit(&dialog);
    why->setTabChangesFocus(true);
    why->setPlaceholderText(approve ? tr("Optional") : tr("What should change before it is shared"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(approve ? tr("A&pprove") : tr("Request c&hanges"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Reviewer:"), who);
    form->addRow(approve ? tr("&Note:") : tr("&Why:"), why);
    form->addRow(buttons);
    const auto update = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(approve || !why->toPlainText().trimmed().isEmpty());
    };
    connect(why, &QPlainTextEdit::textChanged, &dialog, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || who->currentText().isEmpty())
        return;
    m_defaultReviewer = who->currentText();
    model::commands::signOff(m_document, {{},
                                          who->currentText(),
                                          approve ? model::Verdict::Approved : model::Verdict::ChangesRequested,
                                          {},
                                          why->toPlainText().trimmed()});
}

bool confirmPublishing(QWidget *parent, const model::ReviewDocument &document)
{
    const auto open = model::PublishReadiness::openItems(document.review());
    if (open.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, SignOffPanel::tr("Publish the review?"),
                    SignOffPanel::tr("Some things are still open:"), QMessageBox::Cancel, parent);
    box.setInformativeText(QStringLiteral("• ") + open.join(QStringLiteral("\n• ")));
    auto *publish = box.addButton(SignOffPanel::tr("&Publish anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("confirmPublishing"));
    box.exec();
    return box.clickedButton() == publish;
}

} // namespace hindsight::editor
