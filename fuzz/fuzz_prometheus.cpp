// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Prometheus query_range reader on any bytes: series or a one-line message; points finite
// and in time order; decimate() within its bounds.
#include "fuzzapplication.h"
#include "metricresult.h"

#include <cstddef>
#include <cstdint>

using namespace hindsight;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startCoreApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkMetricImport(importing::parsePrometheusJson(input), int(size % 64) + 1);
    return 0;
}
