// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace hindsight::editor {

// Asks for a new comment: what it is about is shown, the author's name is asked once and then
// remembered by the caller, and Ctrl+Enter comments.
class CommentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentDialog)

public:
    CommentDialog(const QString &about, const QString &author, QWidget *parent = nullptr);

    QString author() const;
    QString markdown() const;
    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *textEdit() const { return m_text; }

    // The name comments are signed with: the one given last, else the account's full name, else
    // its login name.
    static QString defaultAuthor(const QString &remembered);

private:
    void updateButton();

    QLineEdit *m_author;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::editor
