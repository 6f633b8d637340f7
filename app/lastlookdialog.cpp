// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastlookdialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight::app {

using exporting::LastLook;

LastLookDialog::LastLookDialog(const QList<exporting::LastLookFinding> &findings, QWidget *parent)
    : QDialog(parent), m_findings(findings), m_list(new QTreeWidget(this)), m_jump(nullptr)
{
    setWindowTitle(tr("Last look at the customer version"));
    const QString count = findings.size() == 1
                              ? tr("The customer version's text holds 1 thing that customers should perhaps not read.")
                              : tr("The customer version's text holds %1 things that customers should perhaps not "
                                   "read.")
                                    .arg(findings.size());
    auto *intro =
        new QLabel(count + QLatin1Char(' ') + tr("Check each one: jump to it to change it, or export anyway."), this);
    intro->setWordWrap(true);

    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("What"), tr("Text"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Findings"));
    // The same words in the same place are one line: a service named four times in a section is
    // changed there once.
    QHash<QString, QTreeWidgetItem *> lines;
    for (int i = 0; i < findings.size(); ++i) {
        const auto &finding = findings.at(i);
        const QString key = QString::number(int(finding.kind)) + QLatin1Char('\n') + finding.quote.toLower() +
                            QLatin1Char('\n') + QString::number(finding.place.section) + QLatin1Char('\n') +
                            QString::number(finding.place.rowId);
        if (auto *line = lines.value(key)) {
            const int times = line->data(1, Qt::UserRole).toInt() + 1;
            line->setData(1, Qt::UserRole, times);
            line->setText(1, tr("%1 (%2 times)").arg(finding.quote).arg(times));
            continue;
        }
        auto *item =
            new QTreeWidgetItem(m_list, {LastLook::kindLabel(finding.kind), finding.quote, finding.place.label});
        item->setToolTip(1, finding.excerpt);
        item->setToolTip(2, finding.excerpt);
        item->setData(0, Qt::UserRole, i);
        item->setData(1, Qt::UserRole, 1);
        lines.insert(key, item);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *excerpt = new QLabel(this);
    excerpt->setWordWrap(true);
    excerpt->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_jump = buttons->addButton(tr("&Jump to"), QDialogButtonBox::ActionRole);
    auto *exportAnyway = buttons->addButton(tr("Export &anyway"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter jumps: the safe answer to a finding is to look at it.
    m_jump->setDefault(true);
    exportAnyway->setAutoDefault(false);
    m_jump->setEnabled(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, excerpt](QTreeWidgetItem *current) {
        m_jump->setEnabled(current);
        excerpt->setText(current ? m_findings.at(current->data(0, Qt::UserRole).toInt()).excerpt : QString());
    });
    connect(m_jump, &QPushButton::clicked, this, [this] { done(JumpTo); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { done(JumpTo); });
    connect(exportAnyway, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(excerpt);
    layout->addWidget(buttons);
    if (!findings.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();

    QSettings settings;
    resize(settings.value(QStringLiteral("lastLook/size"), QSize(760, 420)).toSize());
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(QStringLiteral("lastLook/size"), size()); });
}

exporting::ReviewPlace LastLookDialog::chosenPlace() const
{
    const auto *item = m_list->currentItem();
    return item ? m_findings.at(item->data(0, Qt::UserRole).toInt()).place : exporting::ReviewPlace{};
}

} // namespace hindsight::app
