// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hindsight::importing::mdimport {

class ReaderContext;

// The document's headings: the title, and the parts that map to sections or name none (the
// context's parts, unknownParts, preambleEnd and titleBlock). Private to the Markdown import.
void outlineDocument(ReaderContext &context);

} // namespace hindsight::importing::mdimport
