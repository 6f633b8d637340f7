// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace hindsight::app {

// A strip above the editor for things the user must know but need not answer at once: a file
// opened read-only, changes that could not be written.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace hindsight::app
