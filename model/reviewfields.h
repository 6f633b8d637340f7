// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QVariant>

namespace hindsight::model {

// Scalar fields as variants, so that one undo command, the item model and storage treat every
// field alike. Enums travel as int, times as UTC QDateTime, unknown figures as an invalid
// QVariant.
QVariant fieldValue(const Review &review, Field field);
void setFieldValue(Review &review, Field field, const QVariant &value);

// Whether a section has any content, and whether everything the template asks for is there.
SectionState sectionState(const Review &review, SectionKey key);

} // namespace hindsight::model
