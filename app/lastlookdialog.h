// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/lastlook.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace hindsight::app {

// The last look before a customer version is written: what the scan found in its text (host
// names, internal service names, ticket keys, file paths, names, amounts), each with where it
// is. The user exports anyway, cancels, or jumps to one of them to change it.
class LastLookDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Answer { Cancel = QDialog::Rejected, ExportAnyway = QDialog::Accepted, JumpTo };

    LastLookDialog(const QList<exporting::LastLookFinding> &findings, QWidget *parent = nullptr);

    // Where "Jump to" goes: the selected finding's place.
    exporting::ReviewPlace chosenPlace() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *jumpButton() const { return m_jump; }

private:
    QList<exporting::LastLookFinding> m_findings;
    QTreeWidget *m_list;
    QPushButton *m_jump;
};

} // namespace hindsight::app
