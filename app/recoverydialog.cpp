// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hindsight::app {

RecoveryDialog::RecoveryDialog(const QList<DocumentSession::Leftover> &leftovers, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover unsaved reviews"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Hindsight was not closed properly last time. These reviews were never saved under "
                                "a name, but everything typed in them was kept. Open the ones you want to keep "
                                "working on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (const auto &leftover : leftovers) {
        const auto title = leftover.title.isEmpty() ? tr("Untitled review") : leftover.title;
        const auto modified = QLocale().toString(leftover.modified, QLocale::ShortFormat);
        auto *item = new QListWidgetItem(
            tr("%1 — %n event(s), last changed %2", nullptr, int(leftover.events)).arg(title, modified), m_list);
        item->setData(Qt::UserRole, leftover.path);
        item->setSelected(true);
    }
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("&Open selected"), QDialogButtonBox::AcceptRole);
    auto *discard = buttons->addButton(tr("&Delete selected…"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    open->setDefault(true);

    connect(open, &QPushButton::clicked, this, [this] {
        m_chosen = selectedPaths();
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        const auto doomed = selectedPaths();
        if (doomed.isEmpty())
            return;
        const auto answer =
            QMessageBox::warning(this, tr("Delete unsaved reviews"),
                                 tr("Delete %n unsaved review(s)? This cannot be undone.", nullptr, int(doomed.size())),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        for (const auto &path : doomed)
            DocumentSession::removeUntitled(path);
        qDeleteAll(m_list->selectedItems());
        if (m_list->count() == 0)
            reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 300);
}

QStringList RecoveryDialog::selectedPaths() const
{
    QStringList paths;
    for (const auto *item : m_list->selectedItems())
        paths.append(item->data(Qt::UserRole).toString());
    return paths;
}

} // namespace hindsight::app
