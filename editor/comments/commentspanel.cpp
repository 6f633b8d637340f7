// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentspanel.h"

#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QAbstractListModel>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace hindsight::editor {

namespace {

constexpr int ThreadRole = Qt::UserRole;

QString when(const QDateTime &utc)
{
    return CommentsPanel::shortTime(utc);
}

// A comment as the thread view shows it: who and when in bold, then its Markdown.
QString commentMarkdown(const model::Comment &comment)
{
    QString heading = CommentsPanel::tr("**%1** · %2").arg(comment.author, when(comment.time));
    if (comment.edited.isValid())
        heading += CommentsPanel::tr(" (edited)");
    return heading + QStringLiteral("\n\n") + comment.markdown;
}

} // namespace

// The threads shown, one row each: its section, author and time; what it is about; its first
// line. Texts are made when a row is painted.
class CommentsPanel::ThreadList final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void reset(model::ReviewDocument *document, QList<model::CommentThread> threads)
    {
        beginResetModel();
        m_document = document;
        m_threads = std::move(threads);
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_threads.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const auto &thread = m_threads.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            const QString about =
                m_document ? model::DiscussionText::anchorLabel(m_document->review(), thread.anchor) : QString();
            QString text =
                CommentsPanel::tr("%1 — %2 · %3\non %4\n%5")
                    .arg(model::enumLabel(thread.anchor.section), thread.first.author, when(thread.first.time), about,
                         model::DiscussionText::excerpt(thread.first.markdown, 60));
            if (!thread.replies.isEmpty())
                text += thread.replies.size() == 1 ? CommentsPanel::tr(" (1 reply)")
                                                   : CommentsPanel::tr(" (%1 replies)").arg(thread.replies.size());
            return text;
        }
        case Qt::ToolTipRole:
            return model::DiscussionText::excerpt(thread.first.markdown, 400);
        case Qt::FontRole:
            if (thread.isResolved()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            return thread.isResolved() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
        case ThreadRole:
            return thread.id().toString();
        }
        return {};
    }

    int rowOf(const QUuid &id) const
    {
        for (int row = 0; row < m_threads.size(); ++row) {
            if (m_threads.at(row).id() == id)
                return row;
        }
        return -1;
    }

private:
    QPointer<model::ReviewDocument> m_document;
    QList<model::CommentThread> m_threads;
};

CommentsPanel::CommentsPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QComboBox(this)), m_mine(new QCheckBox(tr("&Mine"), this)),
      m_summary(new QLabel(this)), m_model(new ThreadList(this)), m_list(new QListView(this)),
      m_thread(new QTextBrowser(this)), m_reply(new QPlainTextEdit(this)),
      m_replyButton(new QPushButton(tr("Re&ply"), this)), m_go(new QPushButton(tr("&Go to"), this)),
      m_resolve(new QPushButton(tr("&Resolve…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    m_filter->addItem(tr("Open threads"), int(Filter::Open));
    m_filter->addItem(tr("Resolved threads"), int(Filter::Resolved));
    m_filter->addItem(tr("All threads"), int(Filter::All));
    m_mine->setToolTip(tr("Only the threads you started or replied to"));
    m_list->setObjectName(QStringLiteral("threads"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_thread->setObjectName(QStringLiteral("thread"));
    m_thread->setOpenExternalLinks(true);
    m_reply->setObjectName(QStringLiteral("reply"));
    m_reply->setPlaceholderText(tr("Reply… (Ctrl+Enter sends)"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(m_reply->fontMetrics().lineSpacing() * 4 + 12);
    m_summary->setWordWrap(true);
    // A wrapped label asks for the height of its text at the dock's narrowest: not more than it
    // needs at the width it has.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // Small minimums: the dock shares its place with the checks, and the window stays as small as
    // the user made it.
    const int line = fontMetrics().lineSpacing();
    m_list->setMinimumHeight(line * 2);
    m_thread->setMinimumHeight(line * 2);
    m_reply->setMinimumHeight(line * 2 + 10);
    m_go->setToolTip(tr("Go to what this thread is about (Enter or double-click)"));
    m_delete->setToolTip(tr("Delete the whole thread; undoable"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_mine);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_replyButton, 0, Qt::AlignBottom);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_go);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_thread, 2);
    layout->addLayout(replyRow);
    layout->addLayout(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &CommentsPanel::fill);
    connect(m_mine, &QCheckBox::toggled, this, &CommentsPanel::fill);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    connect(m_list, &QListView::activated, this, &CommentsPanel::goToCurrent);
    connect(m_go, &QPushButton::clicked, this, &CommentsPanel::goToCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_edit, &QPushButton::clicked, this, &CommentsPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CommentsPanel::deleteCurrent);
    connect(m_replyButton, &QPushButton::clicked, this, [this] { replyToCurrent(m_reply->toPlainText()); });
    connect(m_reply, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateButtons);
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(300);
    connect(&m_editTimer, &QTimer::timeout, this, &CommentsPanel::fill);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_reply, nullptr, nullptr, Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, [this] { replyToCurrent(m_reply->toPlainText()); });
    refresh();
}

QString CommentsPanel::shortTime(const QDateTime &utc)
{
    const auto local = utc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

void CommentsPanel::setDocument(model::ReviewDocument *document)
{
    disconnect(m_changed);
    disconnect(m_edited);
    m_document = document;
    if (document) {
        m_changed = connect(document, &model::ReviewDocument::commentsChanged, this, &CommentsPanel::refresh);
        m_edited = connect(document, &model::ReviewDocument::changed, &m_editTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

void CommentsPanel::setAuthor(const QString &author)
{
    m_author = author;
    fill();
}

void CommentsPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

CommentsPanel::Filter CommentsPanel::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void CommentsPanel::setOnlyMine(bool only)
{
    m_mine->setChecked(only);
}

void CommentsPanel::refresh()
{
    m_all = m_document ? m_document->threads() : QList<model::CommentThread>();
    fill();
    const int open = int(std::count_if(m_all.cbegin(), m_all.cend(),
                                       [](const model::CommentThread &thread) { return !thread.isResolved(); }));
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

void CommentsPanel::fill()
{
    const QUuid keep = currentThread();
    // By section in the template's order, then as the threads were started: one bucket per
    // section, so that thousands of threads are not moved about by a sort.
    std::array<QList<const model::CommentThread *>, model::SectionCount> bySection;
    for (const auto &thread : std::as_const(m_all)) {
        if ((filter() == Filter::Open && thread.isResolved()) || (filter() == Filter::Resolved && !thread.isResolved()))
            continue;
        if (m_mine->isChecked() && !thread.involves(m_author))
            continue;
        bySection[std::clamp(int(thread.anchor.section), 0, model::SectionCount - 1)].append(&thread);
    }
    m_shown.clear();
    m_shown.reserve(m_all.size());
    for (const auto &section : bySection) {
        for (const auto *thread : section)
            m_shown.append(*thread);
    }

    m_model->reset(m_document, m_shown);
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));

    const int open = int(std::count_if(m_all.cbegin(), m_all.cend(),
                                       [](const model::CommentThread &thread) { return !thread.isResolved(); }));
    if (!m_document)
        m_summary->setText(tr("No review is open."));
    else if (m_all.isEmpty())
        m_summary->setText(tr("No comments yet; Ctrl+Alt+M adds one."));
    else
        m_summary->setText(tr("Open threads: %1. Resolved: %2.").arg(open).arg(m_all.size() - open));
    showCurrent();
    updateButtons();
}

const model::CommentThread *CommentsPanel::current() const
{
    const QUuid id = currentThread();
    if (id.isNull())
        return nullptr;
    const auto it = std::find_if(m_shown.cbegin(), m_shown.cend(),
                                 [&](const model::CommentThread &thread) { return thread.id() == id; });
    return it == m_shown.cend() ? nullptr : &*it;
}

QUuid CommentsPanel::currentThread() const
{
    const auto index = m_list->currentIndex();
    return index.isValid() ? QUuid::fromString(index.data(ThreadRole).toString()) : QUuid();
}

bool CommentsPanel::setCurrentThread(const QUuid &thread)
{
    int row = m_model->rowOf(thread);
    if (row < 0) {
        setOnlyMine(false);
        setFilter(Filter::All);
        row = m_model->rowOf(thread);
    }
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    }
    return row >= 0;
}

QString CommentsPanel::currentText() const
{
    return m_list->currentIndex().data().toString();
}

bool CommentsPanel::selectNextOpen(bool forward)
{
    const QList<model::CommentThread> &threads = m_shown;
    QList<QUuid> open;
    for (const auto &thread : threads) {
        if (!thread.isResolved())
            open.append(thread.id());
    }
    if (open.isEmpty()) {
        // The filter may hide them: look at all open threads.
        if (filter() == Filter::Open && !m_mine->isChecked())
            return false;
        setOnlyMine(false);
        setFilter(Filter::Open);
        return selectNextOpen(forward);
    }
    const int at = int(open.indexOf(currentThread()));
    int next = 0;
    if (at < 0)
        next = forward ? 0 : int(open.size()) - 1;
    else
        next = int((at + (forward ? 1 : open.size() - 1)) % open.size());
    return setCurrentThread(open.at(next));
}

void CommentsPanel::showCurrent()
{
    const auto *thread = current();
    if (!thread) {
        m_thread->clear();
        return;
    }
    QStringList parts;
    if (m_document)
        parts.append(tr("*On %1, in %2*")
                         .arg(model::DiscussionText::anchorLabel(m_document->review(), thread->anchor),
                              model::enumLabel(thread->anchor.section)));
    parts.append(commentMarkdown(thread->first));
    for (const auto &reply : thread->replies)
        parts.append(commentMarkdown(reply));
    if (const auto &resolution = thread->resolution) {
        QString line = tr("✔ **Resolved** by %1 · %2").arg(resolution->by, when(resolution->time));
        if (!resolution->decision.trimmed().isEmpty())
            line += QStringLiteral("\n\n") + tr("Decision: %1").arg(resolution->decision);
        parts.append(line);
    }
    m_thread->setMarkdown(parts.join(QStringLiteral("\n\n---\n\n")));
}

void CommentsPanel::updateButtons()
{
    const auto *thread = current();
    const bool writable = m_document && !m_document->isReadOnly();
    m_go->setEnabled(thread);
    m_resolve->setEnabled(thread && writable);
    m_resolve->setText(thread && thread->isResolved() ? tr("Re&open") : tr("&Resolve…"));
    m_resolve->setToolTip(thread && thread->isResolved() ? tr("Open the thread again")
                                                         : tr("Mark the thread resolved, with the decision taken"));
    const bool mine = thread && thread->first.author == m_author;
    m_edit->setEnabled(thread && writable && mine);
    m_edit->setToolTip(mine || !thread ? tr("Edit your comment")
                                       : tr("Only %1 can edit this comment").arg(thread->first.author));
    m_delete->setEnabled(thread && writable);
    m_reply->setEnabled(thread && writable);
    m_replyButton->setEnabled(thread && writable && !m_reply->toPlainText().trimmed().isEmpty());
}

void CommentsPanel::post(model::CommentChange change, const QUuid &target, const QString &text)
{
    if (!m_document || m_document->isReadOnly())
        return;
    model::CommentRecord record;
    record.change = change;
    record.target = target;
    record.author = m_author;
    record.text = text;
    model::commands::addComment(*m_document, record);
}

void CommentsPanel::replyToCurrent(const QString &markdown)
{
    const auto *thread = current();
    if (!thread || markdown.trimmed().isEmpty())
        return;
    const QUuid id = thread->id();
    post(model::CommentChange::Post, id, markdown.trimmed());
    m_reply->clear();
    setCurrentThread(id);
}

void CommentsPanel::resolveCurrent(const QString &decision)
{
    if (const auto *thread = current(); thread && !thread->isResolved()) {
        const QUuid id = thread->id();
        post(model::CommentChange::Resolve, id, decision.trimmed());
        setCurrentThread(id);
    }
}

void CommentsPanel::reopenCurrent()
{
    if (const auto *thread = current(); thread && thread->isResolved()) {
        const QUuid id = thread->id();
        post(model::CommentChange::Reopen, id, {});
        setCurrentThread(id);
    }
}

void CommentsPanel::deleteCurrent()
{
    if (const auto *thread = current())
        post(model::CommentChange::Delete, thread->id(), {});
}

void CommentsPanel::toggleResolved()
{
    const auto *thread = current();
    if (!thread)
        return;
    if (thread->isResolved()) {
        reopenCurrent();
        return;
    }
    bool ok = false;
    const QString decision = QInputDialog::getMultiLineText(
        this, tr("Resolve thread"), tr("What was decided (optional; shown with the thread):"), {}, &ok);
    if (ok)
        resolveCurrent(decision);
}

void CommentsPanel::editCurrent()
{
    const auto *thread = current();
    if (!thread || thread->first.author != m_author)
        return;
    bool ok = false;
    const QUuid id = thread->id();
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Edit comment"), tr("Comment:"), thread->first.markdown, &ok);
    if (ok && !text.trimmed().isEmpty() && text != thread->first.markdown) {
        post(model::CommentChange::Edit, id, text.trimmed());
        setCurrentThread(id);
    }
}

void CommentsPanel::goToCurrent()
{
    if (const auto *thread = current())
        Q_EMIT goToRequested(thread->anchor);
}

} // namespace hindsight::editor
