// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Markdown importer on any bytes: a review or a one-line message, never a crash, a hang or
// undefined behaviour.
#include "fuzzapplication.h"
#include "import/markdown/markdownimporter.h"
#include "importresult.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    hindsight::fuzz::startCoreApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data is not terminated: a reader that looks past its end trips AddressSanitizer.
    const auto input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    hindsight::fuzz::checkImportResult(hindsight::importing::reviewFromMarkdown(input));
    return 0;
}
