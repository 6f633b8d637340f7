// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewdocument.h"

#include <QObject>
#include <QPointer>

namespace hindsight::editor {

// Text inputs keep their own undo history and take Ctrl+Z before any window shortcut sees it.
// Installed on an input, this filter sends Undo and Redo to the document's stack instead, so
// that Ctrl+Z undoes the same step wherever the focus is. Leaving the input ends the undo step
// that its typing merged into.
class UndoKeyFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoKeyFilter)

public:
    explicit UndoKeyFilter(model::ReviewDocument *document, QObject *parent = nullptr);

    // Installs a filter owned by target.
    static void install(QObject *target, model::ReviewDocument *document);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<model::ReviewDocument> m_document;
};

} // namespace hindsight::editor
