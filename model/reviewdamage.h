// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QString>

namespace hindsight::model {

// What no part of Hindsight may meet in a review, however the review came to be: an enum value
// that names nothing (a milestone of 99 would index past the end of a table), a severity out of
// range, a time no format can write, a chart point that is not a number, an image that is no
// image. The storage checks every review it reads against it, so a damaged file is refused with a
// message instead of crashing an export, or being written to a file Hindsight cannot read back.
class ReviewDamage final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDamage)

public:
    // The first damaged value, for people ("timeline event 3 has an unknown milestone (99)"), or
    // empty when there is none.
    static QString find(const Review &review);
};

} // namespace hindsight::model
