// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QByteArray>
#include <QDateTime>

namespace hindsight::exporting::pdf {

// The date a report carries in its metadata: SOURCE_DATE_EPOCH when it is set (the convention
// of reproducible builds), else the latest time on the review's timeline; invalid when the
// review has no time at all.
QDateTime reportDate(const model::Review &review);

// Makes a PDF that QPdfWriter wrote depend on what it shows only, so that the same review
// exported twice gives the same bytes: the creation date (Qt takes it from the clock, in the
// local zone) becomes `date` in UTC, as creation and modification date, or goes when `date` is
// invalid; the document id in the trailer becomes a hash of the file. The cross-reference table
// follows the bytes that moved. A file not laid out as QPdfWriter lays it out comes back as it
// was.
QByteArray makeReproducible(const QByteArray &pdf, const QDateTime &date);

} // namespace hindsight::exporting::pdf
