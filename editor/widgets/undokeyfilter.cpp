// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undokeyfilter.h"

#include "model/reviewdocument.h"

#include <QKeyEvent>

namespace hindsight::editor {

UndoKeyFilter::UndoKeyFilter(model::ReviewDocument *document, QObject *parent) : QObject(parent), m_document(document)
{}

void UndoKeyFilter::install(QObject *target, model::ReviewDocument *document)
{
    target->installEventFilter(new UndoKeyFilter(document, target));
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_document)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        m_document->endEditing(); // coming back later starts a new undo step
        return QObject::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo)) {
        m_document->undoStack()->undo();
        return true;
    }
    if (key->matches(QKeySequence::Redo)) {
        m_document->undoStack()->redo();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hindsight::editor
