// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <optional>

class QWidget;

namespace hindsight::editor {

class SectionEditor;

// What a new comment is about, from where the user is: the text selected in a section's
// Markdown field (a passage), the current row of a timeline, actions, lessons or figures table
// (a row), or else the section on screen. nullopt on a page that is no template section.
std::optional<model::CommentAnchor> commentAnchorAt(const SectionEditor &editor, QWidget *focus);

// Shows what a thread is about: its section, with the passage selected in its field or its row
// selected. Returns the widget given the focus, or nullptr when the place is gone.
QWidget *goToCommentAnchor(SectionEditor &editor, const model::Review &review, const model::CommentAnchor &anchor);

} // namespace hindsight::editor
