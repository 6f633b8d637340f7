// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QString>

#include <optional>

// What people write in an action's title, ticket and owner. Private to the Markdown import.
namespace hindsight::importing::mdimport {

// "CHK-12", "https://…", "[CHK-12](https://…)": a link gives its address; "n/a" is none.
QString ticketFrom(const QString &markdown);
// "@dana", "**Dana**": plain text without the "@".
QString ownerFrom(const QString &markdown);
// "Fix the playbook **DONE**": a status in bold at the end, taken out of markdown.
std::optional<model::ActionStatus> takeBoldStatus(QString &markdown);
// A list item's Markdown as an action: a leading "ABC-123:", "(ABC-1, owner Tomasz, due
// 2025-06-01, P2)" and a trailing "— owner: Dana" or "@dana" taken out of the title.
model::ActionItem actionFromText(const QString &markdown);

} // namespace hindsight::importing::mdimport
