// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdownsource.h"
#include "import/markdown/timelineclock.h"
#include "model/types.h"

#include <QCoreApplication>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;
struct Part;

// The timeline: a table, a list or lines that start with a time, under date lines ("2023-03-14",
// "### Tuesday, 14 March 2023") and zone lines ("All times in UTC."). What is no event is kept in
// a note; a timeline whose times have no date anywhere is kept whole in a note.
class TimelineReader final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit TimelineReader(ReaderContext &context) : m_context(context), m_clock(context) {}
    void read();

private:
    enum class LineResult { NotAnEvent, Event, Context, Failed, NoDate };

    void readPart(const Part &part);
    void readParagraph(cmark_node *paragraph, TimelinePosition &position, QStringList &leftover);
    void readItems(cmark_node *list, int dedent, TimelinePosition &position, QStringList &leftover, int depth);
    LineResult readEventLine(QStringView markdown, int line, TimelinePosition &position, model::TimelineEvent &event);
    bool readDateLine(const QString &plain, int line, TimelinePosition &position);
    bool stopped() const;

    ReaderContext &m_context;
    TimelineClock m_clock;
};

} // namespace hindsight::importing::mdimport
