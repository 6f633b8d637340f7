// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The HTML page of any review (ReviewBuilder: every text, visibility, enumeration, time and image
// chosen by the input), internal and customer: it is written, every element it opens is closed,
// and nothing in its markup makes a browser fetch or run anything (tests/export/pagechecks.h, as
// tst_htmlexporter checks chosen reviews). The review's texts are the fuzzer's, so a page that
// lets one of them become markup fails.
#include "export/html/htmlexporter.h"
#include "fuzzapplication.h"
#include "reviewbuilder.h"
#include "tests/export/pagechecks.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace hindsight;

namespace {

// The page's markup without its text: its tags and its style sheet. A text may well say
// "url(" or "@import"; only markup can make a browser act on it.
QString markup(const QString &page)
{
    static const QRegularExpression part(QStringLiteral("<style>.*?</style>|<[^>]*>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString result;
    for (auto it = part.globalMatch(page); it.hasNext();)
        result += it.next().captured(0);
    return result;
}

void check(const model::Review &review, exporting::ExportOptions::Audience audience, bool emoji)
{
    exporting::ExportOptions options;
    options.audience = audience;
    options.emoji = emoji;
    const auto document = exporting::reviewToHtml(review, options);
    const QByteArray which =
        audience == exporting::ExportOptions::Audience::Customer ? "customer page: " : "internal page: ";
    if (!document.error.isEmpty() || document.html.isEmpty())
        fuzz::fail("the page of a review without charts is written", which + document.error.toUtf8());
    const QString page = QString::fromUtf8(document.html);
    if (const QString element = tests::unbalancedElement(page); !element.isEmpty())
        fuzz::fail("every element opened is closed, in order", which + element.toUtf8());
    if (const QStringList found = tests::externalResources(markup(page)); !found.isEmpty())
        fuzz::fail("the page fetches and runs nothing", which + found.join(QLatin1Char('\n')).toUtf8());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    fuzz::prepareImages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const model::Review review = fuzz::ReviewBuilder(input).build();
    const bool emoji = input.ConsumeBool();
    check(review, exporting::ExportOptions::Audience::Internal, emoji);
    check(review, exporting::ExportOptions::Audience::Customer, emoji);
    return 0;
}
