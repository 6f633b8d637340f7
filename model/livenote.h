// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::model::commands {

struct LiveNoteResult
{
    qint64 id = 0; // the note's timeline event; 0 when it was not added
    QString error; // why not, one sentence for people; empty on success

    bool ok() const { return id != 0; }
};

// Adds event to the timeline as a live note and returns once it is durable: in the file, in a
// transaction of its own (what else was pending is written first), committed with a synchronous
// write. A note is acknowledged only then, so callers clear their input on success alone. When
// the note cannot be written, the insert is undone and leaves nothing to redo: the review and the
// undo stack are as before, and the caller keeps the text to try again.
//
// Refused with an error: a read-only review, a review with no file (nothing would be durable),
// an event without a time.
LiveNoteResult addLiveNote(ReviewDocument &document, TimelineEvent event);

} // namespace hindsight::model::commands
