// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/metrics/metricseries.h"

namespace hindsight::fuzz {

// What every metric reader promises (metricseries.h): series, or else one line that says why
// not; points in time order, never NaN or infinite. Then draws each series in `buckets`
// columns and checks what decimate() promises. Fails the run otherwise.
void checkMetricImport(const importing::MetricImport &result, int buckets);

} // namespace hindsight::fuzz
