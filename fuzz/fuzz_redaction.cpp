// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The customer version as a property: from the input, a review is built (ReviewBuilder) whose
// texts are the fuzzer's, with a marker put into everything internal (internal sections, rows and
// figures, authors' contacts, the metadata of public images) and known private data (an IP
// address, an e-mail address, host names, a person's name) put as words of their own into public
// texts, written plainly or in a spelling that rendering resolves (escapes, entities, emphasis
// inside a word, an HTML tag, %-escapes in a link target, a zero-width space). Neither may reach
// the customer version as its readers see it: the JSON and the Markdown as written (with the
// Markdown's image files), the Markdown as GitHub renders it, and the HTML page as a browser shows
// it, its link targets and image sources included.
#include "export/html/htmlexporter.h"
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "fuzzapplication.h"
#include "import/markdown/markdowntree.h"
#include "reviewbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace hindsight;

namespace {

QString leakIn(const QByteArray &output)
{
    if (output.contains(fuzz::internalMarker().toUtf8()))
        return QStringLiteral("an internal text");
    if (output.contains(fuzz::imageMarker()))
        return QStringLiteral("an image's metadata");
    for (const auto &secret : fuzz::secrets()) {
        if (output.contains(secret.toUtf8()))
            return secret;
    }
    return {};
}

// Images travel in JSON as Base64, where no marker shows: every string is decoded and searched too.
QString leakInJson(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const auto &item : value.toArray()) {
            if (auto leak = leakInJson(item); !leak.isEmpty())
                return leak;
        }
    } else if (value.isObject()) {
        for (const auto &item : value.toObject()) {
            if (auto leak = leakInJson(item); !leak.isEmpty())
                return leak;
        }
    } else if (value.isString()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.contains(fuzz::imageMarker()))
            return QStringLiteral("an image's metadata");
    }
    return {};
}

// HTML's character references, as a browser resolves them (the few named ones that cmark-gfm
// and the HTML export write, and every numeric one).
QString withoutReferences(const QString &html)
{
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);"));
    QString result;
    qsizetype done = 0;
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(html).sliced(done, match.capturedStart() - done);
        const QString name = match.captured(1);
        char32_t c = 0xfffd;
        bool ok = true;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            c = char32_t(name.mid(2).toUInt(&ok, 16));
        else if (name.startsWith(QLatin1Char('#')))
            c = char32_t(name.mid(1).toUInt(&ok, 10));
        else
            c = name == u"amp" ? U'&' : name == u"lt" ? U'<' : name == u"gt" ? U'>' : name == u"quot" ? U'"' : U'\'';
        if (!ok || c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
            c = 0xfffd;
        result += QString::fromUcs4(&c, 1);
        done = match.capturedEnd();
    }
    result += QStringView(html).sliced(done);
    return result;
}

// Text as a reader perceives it: invisible format characters left out, white space as one space.
QString perceived(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.isSpace()) {
            if (!result.endsWith(QLatin1Char(' ')))
                result += QLatin1Char(' ');
            continue;
        }
        result += c;
    }
    return result;
}

// The name matches regardless of case ("KATRIN MEIER"); the other secrets as written.
QString secretIn(const QString &text)
{
    for (const auto &secret : fuzz::secrets()) {
        const auto sensitivity = secret == fuzz::personName() ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (text.contains(secret, sensitivity))
            return secret;
    }
    return {};
}

// What a browser shows of page: the text, inline elements joined and others apart, and its
// attributes that show as text or as an address (addresses %-decoded).
QString leakInPage(const QString &page)
{
    static const QRegularExpression hidden(QStringLiteral("<!--.*?-->|<(script|style)\\b.*?</\\1\\s*>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineTag(
        QStringLiteral("</?(a|abbr|b|code|del|em|i|kbd|mark|s|small|span|strong|sub|sup|u)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression attribute(QStringLiteral("\\s(href|src|title|alt)\\s*=\\s*\"([^\"]*)\""),
                                              QRegularExpression::CaseInsensitiveOption);
    QString visible = page;
    visible.remove(hidden);
    for (auto it = attribute.globalMatch(visible); it.hasNext();) {
        const auto match = it.next();
        QString value = withoutReferences(match.captured(2));
        // Only an address shows decoded: a browser's status bar shows a link target so.
        if (match.captured(1).compare(QLatin1String("href"), Qt::CaseInsensitive) == 0 ||
            match.captured(1).compare(QLatin1String("src"), Qt::CaseInsensitive) == 0) {
            value = QUrl::fromPercentEncoding(value.toUtf8());
        }
        if (auto leak = secretIn(perceived(value)); !leak.isEmpty())
            return QStringLiteral("an attribute: ") + leak;
    }
    visible.remove(inlineTag);
    visible.replace(tag, QStringLiteral(" "));
    const QString text = perceived(withoutReferences(visible));
    if (text.contains(fuzz::internalMarker()))
        return QStringLiteral("an internal text");
    if (auto leak = secretIn(text); !leak.isEmpty())
        return QStringLiteral("its text: ") + leak;
    return {};
}

// The Markdown as GitHub renders it: with its extensions, and the raw HTML shown (GitHub keeps
// the text of the tags it allows).
QString rendered(const QByteArray &markdown)
{
    const importing::MarkdownTree tree(markdown);
    char *html = cmark_render_html(tree.root(), CMARK_OPT_UNSAFE, nullptr);
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

// What the customer JSON, Markdown and HTML of review let through: empty when nothing.
QString leaks(const model::Review &review, bool emoji)
{
    exporting::ExportOptions options;
    options.audience = exporting::ExportOptions::Audience::Customer;
    options.emoji = emoji;

    const QByteArray json = exporting::reviewToJson(review, options);
    if (auto leak = leakIn(json); !leak.isEmpty())
        return QStringLiteral("JSON: ") + leak;
    if (auto leak = leakInJson(QJsonDocument::fromJson(json).object()); !leak.isEmpty())
        return QStringLiteral("JSON: ") + leak;

    const auto markdown = exporting::reviewToMarkdownDocument(review, options, QStringLiteral("review.assets"));
    if (auto leak = leakIn(markdown.markdown); !leak.isEmpty())
        return QStringLiteral("Markdown: ") + leak;
    for (const auto &asset : markdown.assets) {
        if (asset.figure.image.contains(fuzz::imageMarker()))
            return QStringLiteral("Markdown: an image's metadata in ") + asset.fileName;
    }
    if (auto leak = leakInPage(rendered(markdown.markdown)); !leak.isEmpty())
        return QStringLiteral("Markdown as rendered: ") + leak;

    const auto page = exporting::reviewToHtml(review, options);
    if (!page.error.isEmpty())
        fuzz::fail("the customer HTML page of a review without charts is written", page.error.toUtf8());
    if (page.html.contains(fuzz::imageMarker()))
        return QStringLiteral("HTML: an image's metadata");
    if (auto leak = leakInPage(QString::fromUtf8(page.html)); !leak.isEmpty())
        return QStringLiteral("HTML: ") + leak;
    return {};
}

// The property means something only if a public marker and plain private data in a text no rule
// redacts do reach every output, and if the checks above see a secret that rendering reveals.
void checkTheChecksSee()
{
    model::Review review;
    review.summary = fuzz::internalMarker();
    exporting::ExportOptions options;
    options.audience = exporting::ExportOptions::Audience::Customer;
    const QByteArray marker = fuzz::internalMarker().toUtf8();
    if (!exporting::reviewToJson(review, options).contains(marker) ||
        !exporting::reviewToMarkdown(review, options).contains(marker) ||
        leakInPage(QString::fromUtf8(exporting::reviewToHtml(review, options).html)).isEmpty()) {
        fuzz::fail("a public marker reaches the customer output, so its absence says something");
    }
    if (leakInPage(rendered("db-prod-3.<b>internal</b> and Kat**rin** MEIER")) !=
            QStringLiteral("its text: db-prod-3.internal") ||
        leakInPage(rendered("[x](mailto:katrin.meier%40example.com)")).isEmpty() ||
        leakInPage(rendered("10\\.20\\.4\\.11")).isEmpty() || leakInPage(rendered("Kat**rin** MEIER")).isEmpty() ||
        leakInPage(rendered("`db-prod-3.internal`")).isEmpty() || !leakInPage(rendered("10.20.4.1\n\n1")).isEmpty()) {
        fuzz::fail("the checks read rendered Markdown as its readers do");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    fuzz::prepareImages();
    checkTheChecksSee();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const model::Review review = fuzz::ReviewBuilder(input).build();
    if (const auto leak = leaks(review, input.ConsumeBool()); !leak.isEmpty()) {
        fuzz::fail("the customer version holds nothing internal and no private data",
                   leak.toUtf8() + " leaked from:\n" + exporting::reviewToJson(review));
    }
    return 0;
}
