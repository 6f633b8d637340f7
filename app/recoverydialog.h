// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsession.h"

#include <QDialog>

class QListWidget;

namespace hindsight::app {

// Offers the untitled reviews an earlier run left behind: open them, or delete them.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<DocumentSession::Leftover> &leftovers, QWidget *parent = nullptr);

    // The reviews the user chose to open.
    QStringList chosen() const { return m_chosen; }

private:
    QStringList selectedPaths() const;

    QListWidget *m_list;
    QStringList m_chosen;
};

} // namespace hindsight::app
