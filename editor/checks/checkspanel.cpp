// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkspanel.h"

#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::editor {

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this)),
      m_showDismissed(new QCheckBox(tr("Show &dismissed checks"), this)), m_go(new QPushButton(tr("&Go to"), this)),
      m_dismiss(new QPushButton(tr("Dis&miss"), this))
{
    m_list->setObjectName(QStringLiteral("checks"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    m_summary->setWordWrap(true);
    m_go->setToolTip(tr("Go to the place this check points at (Enter or double-click)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_go);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showDismissed);
    layout->addLayout(buttons);

    // One run after a burst of typing, never one per keystroke while the user types.
    m_timer.setSingleShot(true);
    m_timer.setInterval(RefreshDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ChecksPanel::refresh);

    connect(m_list, &QListWidget::itemActivated, this, &ChecksPanel::goToCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChecksPanel::updateButtons);
    connect(m_go, &QPushButton::clicked, this, &ChecksPanel::goToCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ChecksPanel::toggleCurrent);
    connect(m_showDismissed, &QCheckBox::toggled, this, &ChecksPanel::fill);
    refresh();
}

void ChecksPanel::setDocument(model::ReviewDocument *document)
{
    disconnect(m_changed);
    m_document = document;
    if (document)
        m_changed = connect(document, &model::ReviewDocument::changed, this, &ChecksPanel::scheduleRefresh);
    refresh();
}

void ChecksPanel::setShowDismissed(bool show)
{
    m_showDismissed->setChecked(show);
}

bool ChecksPanel::showsDismissed() const
{
    return m_showDismissed->isChecked();
}

void ChecksPanel::scheduleRefresh()
{
    m_timer.start();
}

void ChecksPanel::refresh()
{
    m_timer.stop();
    m_all = m_document ? model::ReviewChecks::run(m_document->review()) : QList<model::Check>();
    const int open =
        int(std::count_if(m_all.cbegin(), m_all.cend(), [](const model::Check &c) { return !c.dismissed; }));
    fill();
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

void ChecksPanel::fill()
{
    // Keeps the user's place in the list when the checks change under it.
    const auto *current = currentCheck();
    const QString currentId = current ? current->id : QString();
    m_shown.clear();
    for (const auto &check : std::as_const(m_all)) {
        if (!check.dismissed || showsDismissed())
            m_shown.append(check);
    }
    m_list->clear();
    int currentRow = -1;
    for (const auto &check : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2\n%3").arg(model::ReviewChecks::placeLabel(check.location), check.title, check.text), m_list);
        item->setData(Qt::UserRole, check.id);
        item->setToolTip(check.text);
        if (check.dismissed) {
            auto font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setText(tr("%1 (dismissed)").arg(item->text()));
        }
        if (check.id == currentId)
            currentRow = m_list->count() - 1;
    }
    if (currentRow >= 0)
        m_list->setCurrentRow(currentRow);

    const int dismissed = int(m_all.size()) - int(std::count_if(m_all.cbegin(), m_all.cend(),
                                                                [](const model::Check &c) { return !c.dismissed; }));
    const int open = int(m_all.size()) - dismissed;
    if (!m_document)
        m_summary->setText(tr("No review is open."));
    else if (open == 0 && dismissed == 0)
        m_summary->setText(tr("The review follows every piece of the template's advice."));
    else
        m_summary->setText(tr("Open checks: %1. Dismissed: %2.").arg(open).arg(dismissed));
    updateButtons();
}

const model::Check *ChecksPanel::currentCheck() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

void ChecksPanel::goToCurrent()
{
    if (const auto *check = currentCheck())
        Q_EMIT goToRequested(check->location);
}

void ChecksPanel::toggleCurrent()
{
    const auto *check = currentCheck();
    if (!check || !m_document)
        return;
    const int row = m_list->currentRow();
    model::commands::setCheckDismissed(*m_document, check->id, !check->dismissed);
    // At once: the user sees the check go (or come back) under the button just pressed.
    refresh();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void ChecksPanel::updateButtons()
{
    const auto *check = currentCheck();
    m_go->setEnabled(check);
    m_dismiss->setEnabled(check && m_document && !m_document->isReadOnly());
    m_dismiss->setText(check && check->dismissed ? tr("&Restore") : tr("Dis&miss"));
    m_dismiss->setToolTip(check && check->dismissed ? tr("Show this check as open again")
                                                    : tr("This review need not follow this advice; remembered in the "
                                                         "review and undoable"));
}

} // namespace hindsight::editor
