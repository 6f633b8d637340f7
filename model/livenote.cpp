// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "livenote.h"

#include "names.h"
#include "reviewdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hindsight::model::commands {

namespace {

// The insert of one live note. Undone once on a failed write, it takes itself off the stack as
// well: Redo must not bring back a note whose text is still waiting in the input.
class AddLiveNoteCommand final : public QUndoCommand
{
public:
    AddLiveNoteCommand(ReviewDocument &document, TimelineEvent event)
        : m_document(document), m_event(std::move(event)), m_row(int(document.review().timeline.size()))
    {
        // The text of any other timeline insert, so that Undo reads the same for every row.
        setText(QCoreApplication::translate("Hindsight", "Add to %1")
                    .arg(labelInSentence(enumLabel(SectionKey::Timeline))));
    }

    void redo() override { m_document.insertRow<TimelineEvent>(m_row, m_event); }
    void undo() override
    {
        m_event = m_document.takeRow<TimelineEvent>(m_document.rowOf<TimelineEvent>(m_event.id));
        // QUndoStack::undo() deletes a command that is obsolete after its undo().
        setObsolete(m_withdrawn);
    }

    void withdraw() { m_withdrawn = true; }

private:
    ReviewDocument &m_document;
    TimelineEvent m_event;
    int m_row;
    bool m_withdrawn = false;
};

// Writes what is pending now; returns why it could not, empty on success.
QString writeNow(ReviewDocument &document)
{
    QString error;
    const auto connection =
        QObject::connect(&document, &ReviewDocument::saveFailed, [&error](const QString &message) { error = message; });
    // flush() tells why through saveFailed whenever it returns false.
    document.flush();
    QObject::disconnect(connection);
    return error;
}

} // namespace

LiveNoteResult addLiveNote(ReviewDocument &document, TimelineEvent event)
{
    if (document.isReadOnly())
        return {0,
                QCoreApplication::translate("Hindsight", "The review is open read-only, so the note was not added.")};
    if (document.filePath().isEmpty())
        return {0, QCoreApplication::translate("Hindsight", "The review has no file, so the note could not be kept.")};
    if (!event.time.isValid())
        return {0, QCoreApplication::translate("Hindsight", "A note needs a time to be placed on the timeline.")};

    // Earlier changes go in their own transaction, so that the note's holds the note alone and a
    // failure to write them is not taken for the note's.
    if (auto error = writeNow(document); !error.isEmpty())
        return {0, error};

    event.id = document.newId();
    event.source = EventSource::LiveNote;
    const auto id = event.id;
    auto *command = new AddLiveNoteCommand(document, std::move(event));
    document.undoStack()->push(command);
    if (auto error = writeNow(document); !error.isEmpty()) {
        command->withdraw();
        document.undoStack()->undo();
        return {0, error};
    }
    return {id, {}};
}

} // namespace hindsight::model::commands
