// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

#include "fuzzapplication.h"

namespace hindsight::fuzz {

void checkImportResult(const importing::ImportResult &result)
{
    if (result.review) {
        if (!result.error.isEmpty())
            fail("a review that was read has no error", result.error.toUtf8());
        return;
    }
    if (result.error.trimmed().isEmpty())
        fail("a refused input gets a message");
    if (result.error.contains(QLatin1Char('\n')) || result.error.contains(QLatin1Char('\r')))
        fail("the message is one line", result.error.toUtf8());
}

} // namespace hindsight::fuzz
