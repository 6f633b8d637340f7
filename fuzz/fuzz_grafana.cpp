// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The CSV metric reader as a Grafana panel export reaches it: times without a zone, read in a
// zone with summer time (Europe/Berlin), where an hour a year is missing and one is doubled.
// Seeded with Grafana's own export shape (quoted header, several series as columns).
#include "fuzzapplication.h"
#include "metricresult.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace hindsight;

namespace {

QTimeZone berlin;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startCoreApplication();
    berlin = QTimeZone("Europe/Berlin");
    if (!berlin.isValid())
        fuzz::fail("the time zone Europe/Berlin is known (Debian package tzdata)");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkMetricImport(importing::parseMetricsCsv(input, berlin), int(size % 64) + 1);
    return 0;
}
