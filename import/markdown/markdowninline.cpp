// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowninline.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace hindsight::importing::mdimport {

namespace {

struct NamedEntity
{
    const char *name;
    char32_t codePoint;
};

constexpr NamedEntity namedEntities[] = {
    {"amp", U'&'},        {"lt", U'<'},          {"gt", U'>'},          {"quot", U'"'},        {"apos", U'\''},
    {"nbsp", U'\u00A0'},  {"mdash", U'\u2014'},  {"ndash", U'\u2013'},  {"hellip", U'\u2026'}, {"lsquo", U'\u2018'},
    {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'},  {"rdquo", U'\u201D'},  {"laquo", U'\u00AB'},  {"raquo", U'\u00BB'},
    {"bull", U'\u2022'},  {"middot", U'\u00B7'}, {"copy", U'\u00A9'},   {"reg", U'\u00AE'},    {"trade", U'\u2122'},
    {"deg", U'\u00B0'},   {"times", U'\u00D7'},  {"divide", U'\u00F7'}, {"plusmn", U'\u00B1'}, {"minus", U'\u2212'},
    {"euro", U'\u20AC'},  {"pound", U'\u00A3'},  {"yen", U'\u00A5'},    {"cent", U'\u00A2'},   {"sect", U'\u00A7'},
    {"para", U'\u00B6'},  {"micro", U'\u00B5'},  {"larr", U'\u2190'},   {"rarr", U'\u2192'},   {"uarr", U'\u2191'},
    {"darr", U'\u2193'},  {"harr", U'\u2194'},   {"le", U'\u2264'},     {"ge", U'\u2265'},     {"ne", U'\u2260'},
    {"asymp", U'\u2248'}, {"infin", U'\u221E'},  {"frac12", U'\u00BD'}, {"frac14", U'\u00BC'}, {"frac34", U'\u00BE'},
    {"ensp", U'\u2002'},  {"emsp", U'\u2003'},   {"thinsp", U'\u2009'}, {"shy", U'\u00AD'},    {"zwj", U'\u200D'},
    {"zwnj", U'\u200C'},  {"check", U'\u2713'},  {"cross", U'\u2717'},
};

std::optional<char32_t> namedEntity(QStringView name)
{
    for (const auto &entity : namedEntities) {
        if (name == QLatin1StringView(entity.name))
            return entity.codePoint;
    }
    return std::nullopt;
}

// The entity at text[at] ("&amp;"): its character and length, or nullopt.
std::optional<std::pair<char32_t, qsizetype>> entityAt(QStringView text, qsizetype at)
{
    // The longest entity name is short: looking further would make a text of many "&" quadratic.
    const qsizetype semicolon = text.sliced(at, qMin(text.size() - at, qsizetype(34))).indexOf(u';') + at;
    if (semicolon <= at)
        return std::nullopt;
    const QStringView body = text.sliced(at + 1, semicolon - at - 1);
    if (body.isEmpty())
        return std::nullopt;
    std::optional<char32_t> codePoint;
    if (body[0] == u'#') {
        bool ok = false;
        const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
        const QStringView digits = body.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > (hex ? 6 : 7))
            return std::nullopt;
        for (const QChar c : digits) {
            if (!(c.isDigit() || (hex && QStringLiteral("abcdefABCDEF").contains(c))))
                return std::nullopt;
        }
        const uint value = digits.toUInt(&ok, hex ? 16 : 10);
        if (ok && value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF))
            codePoint = char32_t(value);
    } else {
        for (const QChar c : body) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128))
                return std::nullopt;
        }
        codePoint = namedEntity(body);
    }
    if (!codePoint)
        return std::nullopt;
    return std::pair{*codePoint, semicolon - at + 1};
}

} // namespace

QString joinedNonEmpty(const QStringList &parts, QStringView separator)
{
    QString joined;
    for (const auto &part : parts) {
        if (part.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined.append(separator);
        joined.append(part);
    }
    return joined;
}

QString decodeEntities(QStringView text, bool keepAngles)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString decoded;
    decoded.reserve(text.size());
    // Lengths of backtick runs known to have no closing run: looking again would be quadratic.
    QSet<qsizetype> unclosed;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'`') {
            // A code span shows its text as written; an unmatched run of backticks is text.
            qsizetype run = i;
            while (run < text.size() && text[run] == u'`')
                ++run;
            const qsizetype length = run - i;
            qsizetype end = run;
            for (qsizetype j = unclosed.contains(length) ? text.size() : run; j < text.size();) {
                if (text[j] != u'`') {
                    ++j;
                    continue;
                }
                qsizetype k = j;
                while (k < text.size() && text[k] == u'`')
                    ++k;
                if (k - j == length) {
                    end = k;
                    break;
                }
                j = k;
            }
            if (end == run)
                unclosed.insert(length);
            decoded.append(text.sliced(i, end - i));
            i = end;
            continue;
        }
        if (c == u'&') {
            if (const auto entity = entityAt(text, i)) {
                const bool angle = entity->first == U'<' || entity->first == U'>';
                if (keepAngles && angle)
                    decoded.append(text.sliced(i, entity->second));
                else
                    decoded.append(QString::fromUcs4(&entity->first, 1));
                i += entity->second;
                continue;
            }
        }
        decoded.append(c);
        ++i;
    }
    return decoded;
}

QStringView unwrapped(QStringView text)
{
    static constexpr const char16_t *markers[] = {u"**", u"__", u"~~", u"*", u"_", u"`"};
    text = text.trimmed();
    for (int round = 0; round < 3; ++round) {
        bool changed = false;
        for (const auto *marker : markers) {
            const QStringView m(marker);
            if (text.size() > 2 * m.size() && text.startsWith(m) && text.endsWith(m)) {
                text = text.sliced(m.size(), text.size() - 2 * m.size()).trimmed();
                changed = true;
                break;
            }
        }
        if (!changed)
            break;
    }
    return text;
}

QString plainText(QStringView text)
{
    static const QRegularExpression link(QStringLiteral(R"((?<!!)\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|mailto):[^>\s]+)>)"));
    static const QRegularExpression escape(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    QString plain = unwrapped(text).toString();
    if (plain.contains(u'['))
        plain.replace(link, QStringLiteral("\\1"));
    if (plain.contains(u'<'))
        plain.replace(autolink, QStringLiteral("\\1"));
    if (plain.contains(u'\\'))
        plain.replace(escape, QStringLiteral("\\1"));
    return decodeEntities(plain).trimmed();
}

QString cellMarkdown(QStringView text)
{
    static const QRegularExpression lineBreak(QStringLiteral(R"(<br\s*/?>)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString markdown = decodeEntities(text, true);
    if (markdown.contains(u'<'))
        markdown.replace(lineBreak, QStringLiteral("\n"));
    return markdown.trimmed();
}

bool isUrl(QStringView target)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^(?:[A-Za-z][A-Za-z0-9+.-]*:|//))"));
    return scheme.match(target).hasMatch();
}

QStringList localImages(QStringView line)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(\s*<?([^)\s>]+))"));
    QStringList found;
    if (!line.contains(u"!["))
        return found;
    auto matches = image.globalMatch(line);
    while (matches.hasNext()) {
        const QString target = matches.next().captured(1);
        if (!isUrl(target))
            found.append(target);
    }
    return found;
}

} // namespace hindsight::importing::mdimport
