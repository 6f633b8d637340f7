// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace hindsight::exporting::html {

// The style sheet inside every exported page: plain, print-friendly CSS that e-mail clients,
// wikis and browsers all read, with nothing to fetch (no fonts, no @import, no url()). The page
// stays readable where a mail client drops it: its structure is plain HTML.
QLatin1StringView pageStyle();

} // namespace hindsight::exporting::html
