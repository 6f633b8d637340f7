// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

namespace hindsight::fuzz {

// What every importer promises (importer.h): a review, or else one line for people that says
// why not. Fails the run otherwise.
void checkImportResult(const importing::ImportResult &result);

} // namespace hindsight::fuzz
