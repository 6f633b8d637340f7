// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteinput.h"

#include <QKeyEvent>
#include <QTextBlock>

namespace hindsight::editor {

namespace {
constexpr int MaxVisibleLines = 4;
}

NoteInput::NoteInput(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Live note"));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGeometry(); });
    connect(this, &QPlainTextEdit::textChanged, this, [this] { updateGeometry(); });
}

int NoteInput::heightForLines(int lines) const
{
    const int margins = contentsMargins().top() + contentsMargins().bottom() + 2 * int(document()->documentMargin());
    return fontMetrics().lineSpacing() * lines + margins + 2;
}

QSize NoteInput::sizeHint() const
{
    const int lines = std::clamp(int(document()->size().height()), 1, MaxVisibleLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize NoteInput::minimumSizeHint() const
{
    return {100, heightForLines(1)};
}

bool NoteInput::event(QEvent *event)
{
    // Escape must reach us even where a dialog or the window would take it as a shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape ||
            ((key->modifiers() & Qt::AltModifier) && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right ||
                                                      key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteInput::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers & Qt::ShiftModifier) {
            insertPlainText(QStringLiteral("\n"));
        } else {
            Q_EMIT commitRequested();
        }
        event->accept();
        return;
    case Qt::Key_Escape:
        clear();
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (modifiers == Qt::AltModifier) {
            // Left and right move by ten seconds, up and down by a minute.
            const bool earlier = event->key() == Qt::Key_Left || event->key() == Qt::Key_Down;
            const int step = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ? 10 : 60;
            Q_EMIT nudgeRequested(earlier ? -step : step);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace hindsight::editor
