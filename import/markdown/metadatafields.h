// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/markdown/markdowntime.h"
#include "import/markdown/readervalues.h"

#include <QCoreApplication>

#include <optional>

// Private to the Markdown import.
namespace hindsight::importing::mdimport {

class ReaderContext;

enum class MetaKey { Title, Severity, Status, Date, Authors, TimeZone, Milestone };

// The field a metadata key names ("severity", "incident date", "postmortem owners"), in the
// form normalizedHeading() gives.
std::optional<MetaKey> metaKey(QStringView key);

// The review's fields that front matter, metadata lines and metadata tables set: title,
// severity, status, date, authors, time zone and milestone times.
class MetadataFields final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReader)

public:
    explicit MetadataFields(ReaderContext &context) : m_context(context) {}

    // Sets the field pair's key names; true when its whole value was understood. A bad date or
    // time fails the document at line.
    bool apply(const KeyValue &pair, int line, bool fromFrontMatter);
    // The front matter's "started:" and "resolved:" times mark the timeline's event at that
    // time, or become events of their own.
    void applyMilestoneTimes();

private:
    // The moment text names; a date or time that cannot be fails the document at line.
    std::optional<Moment> readMomentAt(const QString &text, int line);

    ReaderContext &m_context;
};

} // namespace hindsight::importing::mdimport
