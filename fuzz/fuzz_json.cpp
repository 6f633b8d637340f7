// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The JSON reader on any bytes: a review or a one-line message. What it reads, the writer
// writes in a form the reader takes back unchanged (the writer's output is a fixed point).
#include "export/json/jsonformat.h"
#include "fuzzapplication.h"
#include "import/json/jsonimporter.h"
#include "importresult.h"

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
    const auto result = importing::reviewFromJson(input);
    fuzz::checkImportResult(result);
    if (!result.review)
        return 0;
    const QByteArray written = exporting::reviewToJson(*result.review);
    const auto reread = importing::reviewFromJson(written);
    if (!reread.review)
        fuzz::fail("the reader takes back what the writer wrote", reread.error.toUtf8() + "\n" + written);
    const QByteArray rewritten = exporting::reviewToJson(*reread.review);
    if (rewritten != written)
        fuzz::fail("writing what was read back gives the same JSON", written + "\n---\n" + rewritten);
    return 0;
}
