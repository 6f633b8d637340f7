// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QString>

// The keys the report tags its parts with (PageFlow::beginMark(), PdfTable::addRow()), so that a
// preview can find where a section, a row, a figure or a note landed on the pages.
namespace hindsight::exporting::pdf::marks {

inline QString section(model::SectionKey key)
{
    return QStringLiteral("section:") + QString::number(int(key));
}

inline QString event(qint64 id)
{
    return QStringLiteral("event:") + QString::number(id);
}

inline QString action(qint64 id)
{
    return QStringLiteral("action:") + QString::number(id);
}

inline QString figure(qint64 id)
{
    return QStringLiteral("figure:") + QString::number(id);
}

inline QString note(qint64 id)
{
    return QStringLiteral("note:") + QString::number(id);
}

// The appendix of open comment threads.
inline QString openThreads()
{
    return QStringLiteral("openThreads");
}

// A part of the Impact section with its own visibility: a dimension or a figure.
inline QString impactPart(model::ImpactPart part)
{
    return QStringLiteral("impact:") + QString::number(int(part));
}

} // namespace hindsight::exporting::pdf::marks
