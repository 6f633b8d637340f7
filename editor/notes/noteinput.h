// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace hindsight::editor {

// The live note line: Enter commits, Shift+Enter adds a line, Escape clears, and Alt with the
// arrow keys moves the note's time. It grows with its text, up to a few lines.
class NoteInput final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteInput(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void commitRequested();
    // Seconds to move the note's time by.
    void nudgeRequested(int seconds);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int heightForLines(int lines) const;
};

} // namespace hindsight::editor
