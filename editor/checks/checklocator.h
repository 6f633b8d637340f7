// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewchecks.h"

namespace hindsight::editor {

class SectionEditor;

// Shows the section a check points at and puts the keyboard focus on its field, or selects its
// row (the row's table scrolled to it). Returns the widget given the focus, or nullptr when the
// check points at the section as a whole or the place is gone (a row removed since).
QWidget *goToCheckLocation(SectionEditor &editor, const model::CheckLocation &location);

} // namespace hindsight::editor
