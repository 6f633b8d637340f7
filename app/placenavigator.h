// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/lastlook.h"

namespace hindsight::app {

class MainWindow;

// Shows a place of the review in the main window: its section's page and, for a row (an event,
// an action, an author, a lesson, a note), that row selected in its table with the focus, or
// for a figure its card in view.
void showPlace(MainWindow &window, const exporting::ReviewPlace &place);

} // namespace hindsight::app
