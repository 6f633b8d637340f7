// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "styledtext.h"

#include "export/markdown/longwords.h"
#include "export/markdown/markdowndocumentbuilder.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace hindsight::exporting::pdf {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar::LineSeparator;
}

StyledText linked(const QString &shown, const QString &target, const QTextCharFormat &base,
                  const InlineFormats &formats)
{
    StyledText result;
    QTextCharFormat format = base;
    if (const QString checked = linkTarget(target); !checked.isEmpty()) {
        format.merge(formats.link);
        format.setAnchor(true);
        format.setAnchorHref(checked);
    }
    result.append(shown, format);
    return result;
}

} // namespace

void StyledText::append(const QString &more, const QTextCharFormat &format)
{
    if (more.isEmpty())
        return;
    formats.append({int(text.size()), int(more.size()), format});
    text.append(more);
}

StyledText breakableLongWords(const StyledText &text)
{
    QList<qsizetype> where;
    StyledText result;
    result.text = LongWordBreaker().feed(text.text, &where);
    if (where.isEmpty())
        return text;
    result.formats.reserve(text.formats.size());
    for (auto range : text.formats) {
        const auto start = LongWordBreaker::moved(range.start, where);
        const auto end = LongWordBreaker::moved(range.start + range.length, where);
        range.start = int(start);
        range.length = int(end - start);
        result.formats.append(range);
    }
    return result;
}

StyledText styleMarkdownCell(const QString &markdown, const QTextCharFormat &base, const MarkdownDocumentStyle &style)
{
    QTextDocument document;
    MarkdownDocumentBuilder(style).buildCell(markdown, &document);
    StyledText result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block != document.begin())
            result.append(QString(QChar(QChar::LineSeparator)), base);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QTextCharFormat format = base;
            format.merge(fragment.charFormat());
            result.append(fragment.text(), format);
        }
    }
    return result;
}

StyledText styleLinkedText(const QString &text, const QTextCharFormat &base, const InlineFormats &formats)
{
    const QString trimmed = text.trimmed();
    const bool oneWord = std::none_of(trimmed.begin(), trimmed.end(), [](QChar c) { return isSpace(c); });
    const bool web =
        trimmed.startsWith(u"https://", Qt::CaseInsensitive) || trimmed.startsWith(u"http://", Qt::CaseInsensitive);
    if (oneWord && web) {
        // The scheme says nothing a reader needs; the link keeps it.
        QString shown = trimmed.sliced(trimmed.indexOf(u"//") + 2);
        if (shown.endsWith(u'/'))
            shown.chop(1);
        return linked(shown, trimmed, base, formats);
    }
    const qsizetype at = trimmed.indexOf(u'@');
    if (oneWord && at > 0 && at < trimmed.size() - 1 && !trimmed.contains(u':'))
        return linked(trimmed, QStringLiteral("mailto:") + trimmed, base, formats);
    StyledText result;
    result.append(trimmed, base);
    return result;
}

QString linkTarget(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid())
        return {};
    const QString scheme = parsed.scheme().toLower();
    const bool web = (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
    const bool mail = scheme == u"mailto" && !parsed.path().isEmpty();
    if (!web && !mail)
        return {};
    QByteArray encoded = parsed.toEncoded();
    encoded.replace("\\", "%5C").replace("(", "%28").replace(")", "%29");
    return QString::fromLatin1(encoded);
}

} // namespace hindsight::exporting::pdf
