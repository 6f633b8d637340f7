// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>

namespace hindsight::model {

// What a live note says about itself. At 3 a.m. one keystroke decides the kind:
//   ! action   ? discovery   > communication
// and a tag anywhere sets a milestone: #started #detected #acknowledged #mitigated #resolved.
// A leading backslash writes the prefix character literally ("\!important" is a note).
struct ParsedNote
{
    EventKind kind = EventKind::Note;
    Milestone milestone = Milestone::None;
    QString text; // without the prefix and the milestone tag
    bool isEmpty() const { return text.trimmed().isEmpty() && milestone == Milestone::None; }
};

ParsedNote parseNote(const QString &input);

// The kind a milestone implies when a note or an imported event names none: #detected is a
// detection, #mitigated a mitigation, and so on.
EventKind kindOfMilestone(Milestone milestone);

} // namespace hindsight::model
