// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntree.h"
#include "import/markdown/timelineclock.h"

#include <QCoreApplication>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

// A timeline table: its columns map by their headers (time, date, kind, milestone, author,
// visibility, text); other columns are kept in the event's text.
class TimelineTableReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    TimelineTableReader(ReaderContext &context, TimelineClock &clock) : m_context(context), m_clock(clock) {}
    // false when the table has no time column: it is no timeline.
    bool read(cmark_node *table, TimelinePosition &position);

private:
    ReaderContext &m_context;
    TimelineClock &m_clock;
};

} // namespace hindsight::importing::mdimport
