// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include "markdownredactor.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <numeric>

namespace hindsight::exporting {

using model::SectionKey;
using model::Visibility;

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;

// Not part of a word: the boundaries every built-in pass uses, since \b knows neither "-" in
// host names nor the letters of most scripts.
const QString notWordBefore = QStringLiteral("(?<![\\p{L}\\p{N}_])");
const QString notWordAfter = QStringLiteral("(?![\\p{L}\\p{N}_])");

QRegularExpression emailExpression()
{
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@"
                                             "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                                             "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
                                             "(?![\\p{L}\\p{N}_-])"),
                              unicode);
}

QRegularExpression ipv6Expression()
{
    // Candidates only; isIpv6() decides. A candidate may follow a colon, as after a scheme
    // ("mailto:fd12::11"): a longer run of groups then loses a valid address from its end,
    // which redacts too much rather than too little.
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_.])(?:[0-9A-Fa-f]{0,4}:){2,7}"
                                             "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4})"
                                             "(?:%[\\p{L}\\p{N}_.]+)?(?:/\\d{1,3})?(?![\\p{L}\\p{N}_:])"),
                              unicode);
}

QRegularExpression ipv4Expression()
{
    const QString octet = QStringLiteral("(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_.])(?:%1\\.){3}%1(?:/(?:3[0-2]|[12]?\\d))?"
                                             "(?![\\p{L}\\p{N}_]|\\.\\d)")
                                  .arg(octet),
                              unicode);
}

// A host name never starts right after a letter, digit, "_", ".", "@" or "-" (it would be part
// of a longer name), nor after "%" or a backslash, where it would be part of an escape: the
// "2Dprod-3" of "db%2Dprod-3.internal" or the "_gw-1" of "api\_gw-1.example.com" is no host; the name
// that decoding or rendering shows is matched whole instead.
QRegularExpression internalHostExpression()
{
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_.@%\\\\-])(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?\\.)+"
                                             "(?:cluster\\.local|internal|local|lan|corp|intranet|svc)"
                                             "(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])"),
                              unicode | QRegularExpression::CaseInsensitiveOption);
}

QRegularExpression qualifiedHostExpression()
{
    // Candidates only; isQualifiedHost() decides.
    return QRegularExpression(
        QStringLiteral("(?<![\\p{L}\\p{N}_.@%\\\\-])(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\\.){2,}"
                       "[a-z]{2,63}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])"),
        unicode | QRegularExpression::CaseInsensitiveOption);
}

bool isHexGroup(QStringView group)
{
    if (group.isEmpty() || group.size() > 4)
        return false;
    return std::all_of(group.begin(), group.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    });
}

bool isIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    return std::all_of(parts.begin(), parts.end(), [](QStringView part) {
        bool ok = false;
        const int value = part.toInt(&ok);
        return ok && part.size() <= 3 && value >= 0 && value <= 255;
    });
}

bool isIpv6(QStringView match)
{
    QStringView address = match;
    if (const auto slash = address.indexOf(u'/'); slash >= 0)
        address = address.left(slash);
    if (const auto percent = address.indexOf(u'%'); percent >= 0)
        address = address.left(percent);
    if (address.contains(QStringLiteral(":::")) || address.count(QStringLiteral("::")) > 1)
        return false;
    const bool compressed = address.contains(QStringLiteral("::"));

    int groups = 0;
    // A trailing dotted IPv4 address stands for the last two groups.
    if (const auto lastColon = address.lastIndexOf(u':'); address.mid(lastColon + 1).contains(u'.')) {
        if (!isIpv4(address.mid(lastColon + 1)))
            return false;
        groups += 2;
        address = address.left(lastColon + 1);
        if (!address.endsWith(QStringLiteral("::")))
            address.chop(1);
    }
    QStringView head = address;
    QStringView tail;
    if (compressed) {
        const auto gap = address.indexOf(QStringLiteral("::"));
        head = address.left(gap);
        tail = address.mid(gap + 2);
    }
    for (const QStringView side : {head, tail}) {
        if (side.isEmpty())
            continue;
        for (const auto group : side.split(u':')) {
            if (!isHexGroup(group))
                return false;
            ++groups;
        }
    }
    if (!compressed)
        return groups == 8;
    if (groups == 0 || groups > 7)
        return false;
    // "add::" and "Face::" are words followed by a C++ scope; real addresses have digits.
    const bool hasDigit = std::any_of(match.begin(), match.end(), [](QChar c) { return c.isDigit(); });
    return hasDigit || groups >= 3;
}

bool isQualifiedHost(QStringView match)
{
    // Names a file rather than a host: "backup-2023.tar.gz", "pool-v2.prod.yaml".
    static const QSet<QString> fileExtensions = {
        QStringLiteral("bak"),  QStringLiteral("bash"),  QStringLiteral("bin"),    QStringLiteral("bz2"),
        QStringLiteral("cfg"),  QStringLiteral("conf"),  QStringLiteral("cpp"),    QStringLiteral("crt"),
        QStringLiteral("css"),  QStringLiteral("csv"),   QStringLiteral("db"),     QStringLiteral("deb"),
        QStringLiteral("diff"), QStringLiteral("dll"),   QStringLiteral("doc"),    QStringLiteral("docx"),
        QStringLiteral("env"),  QStringLiteral("exe"),   QStringLiteral("gif"),    QStringLiteral("go"),
        QStringLiteral("gz"),   QStringLiteral("hcl"),   QStringLiteral("hpp"),    QStringLiteral("htm"),
        QStringLiteral("html"), QStringLiteral("img"),   QStringLiteral("ini"),    QStringLiteral("iso"),
        QStringLiteral("jar"),  QStringLiteral("java"),  QStringLiteral("jpeg"),   QStringLiteral("jpg"),
        QStringLiteral("js"),   QStringLiteral("json"),  QStringLiteral("key"),    QStringLiteral("lock"),
        QStringLiteral("log"),  QStringLiteral("md"),    QStringLiteral("old"),    QStringLiteral("orig"),
        QStringLiteral("out"),  QStringLiteral("patch"), QStringLiteral("pdf"),    QStringLiteral("pem"),
        QStringLiteral("pid"),  QStringLiteral("png"),   QStringLiteral("proto"),  QStringLiteral("py"),
        QStringLiteral("rb"),   QStringLiteral("rpm"),   QStringLiteral("rs"),     QStringLiteral("sh"),
        QStringLiteral("so"),   QStringLiteral("sql"),   QStringLiteral("sqlite"), QStringLiteral("svg"),
        QStringLiteral("tar"),  QStringLiteral("tf"),    QStringLiteral("tgz"),    QStringLiteral("tmp"),
        QStringLiteral("toml"), QStringLiteral("ts"),    QStringLiteral("tsv"),    QStringLiteral("txt"),
        QStringLiteral("war"),  QStringLiteral("webp"),  QStringLiteral("xls"),    QStringLiteral("xlsx"),
        QStringLiteral("xml"),  QStringLiteral("xz"),    QStringLiteral("yaml"),   QStringLiteral("yml"),
        QStringLiteral("zip"),  QStringLiteral("zst"),
    };
    const auto labels = match.split(u'.');
    if (fileExtensions.contains(labels.last().toString().toLower()))
        return false;
    return std::any_of(labels.begin(), labels.end() - 1, [](QStringView label) {
        return label.contains(u'-') || std::any_of(label.begin(), label.end(), [](QChar c) { return c.isDigit(); });
    });
}

// Characters a reader does not see: format characters (zero-width space and joiners, soft
// hyphen, direction marks, the byte order mark) and variation selectors.
bool isInvisible(char32_t c)
{
    return QChar::category(c) == QChar::Other_Format || (c >= 0xfe00 && c <= 0xfe0f) ||
           (c >= 0xe0100 && c <= 0xe01ef) || (c >= 0x180b && c <= 0x180d) || c == 0x034f;
}

// A character that stands for a plainer one: fullwidth "１", "ﬁ", a circled or superscript digit.
bool isCompatibility(char32_t c)
{
    const auto tag = QChar::decompositionTag(c);
    return tag != QChar::NoDecomposition && tag != QChar::Canonical;
}

// The code point at i and how many UTF-16 units it takes.
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// What the text at i counts as for matching, and how much of the text that is.
struct Unit
{
    qsizetype length = 1;
    bool changed = false;
    QString plain; // what it counts as when changed; empty when left out
};

Unit unitAt(QStringView text, qsizetype i, bool rendered)
{
    // "%40" of "katrin.meier%40example.com": an escape of a printable ASCII character.
    if (text.at(i) == u'%' && i + 2 < text.size() && isHexDigit(text.at(i + 1)) && isHexDigit(text.at(i + 2))) {
        const int value = text.mid(i + 1, 2).toInt(nullptr, 16);
        if (value > 0x20 && value < 0x7f)
            return {3, true, QString(QChar(value))};
    }
    const auto [c, length] = codePointAt(text, i);
    if ((rendered && c == u'$') || (c >= 0x80 && isInvisible(c)))
        return {length, true, {}};
    if (c >= 0x80 && isCompatibility(c))
        return {length, true, QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC)};
    return {length, false, {}};
}

// The text the passes match (see Redactor): invisible characters left out, compatibility
// characters in their plain form, %-escapes of printable ASCII characters decoded, and in
// rendered Markdown no dollar signs.
class MatchText
{
public:
    MatchText(const QString &original, bool rendered)
    {
        qsizetype first = 0;
        Unit unit;
        while (first < original.size() && !(unit = unitAt(original, first, rendered)).changed)
            first += unit.length;
        if (first == original.size()) {
            m_text = original;
            return;
        }
        m_text = original.left(first);
        m_start.resize(first);
        std::iota(m_start.begin(), m_start.end(), qsizetype(0));
        m_end.resize(first);
        std::iota(m_end.begin(), m_end.end(), qsizetype(1));
        for (qsizetype i = first; i < original.size(); i += unit.length) {
            unit = unitAt(original, i, rendered);
            const QString piece = unit.changed ? unit.plain : original.mid(i, unit.length);
            m_text += piece;
            m_start.append(QList<qsizetype>(piece.size(), i));
            m_end.append(QList<qsizetype>(piece.size(), i + unit.length));
        }
    }

    const QString &text() const { return m_text; }
    // Where the match starting at i starts in the original.
    qsizetype originalStart(qsizetype i) const { return m_start.isEmpty() ? i : m_start.at(i); }
    // Where the match ending at end ends in the original: after the whole character or escape.
    qsizetype originalEnd(qsizetype end) const { return m_start.isEmpty() || end == 0 ? end : m_end.at(end - 1); }

private:
    QString m_text;
    // Where each character of m_text starts and ends in the original; empty when m_text is the
    // original itself.
    QList<qsizetype> m_start;
    QList<qsizetype> m_end;
};

// A Traced::origin entry as an index into the original.
qsizetype originIndex(qsizetype origin)
{
    return origin >= 0 ? origin : -1 - origin;
}

// Scripts written without spaces between words, where a name has no word boundary to match.
bool writtenWithoutSpaces(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

QString capitalised(const QString &word)
{
    QString result = word;
    if (!result.isEmpty())
        result[0] = result.at(0).toUpper();
    return result;
}

QString namePattern(const QString &name, bool anyCase)
{
    QString pattern;
    if (anyCase) {
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (auto &word : words)
            word = QRegularExpression::escape(word);
        pattern = QStringLiteral("(?i:") + words.join(QStringLiteral("\\s+")) + QLatin1Char(')');
    } else {
        // "KATRIN" in a shouted sentence is still Katrin; "mark" in lower case is a word.
        QStringList spellings{name};
        for (const QString &spelling : {name.toUpper(), capitalised(name)}) {
            if (!spellings.contains(spelling))
                spellings.append(spelling);
        }
        for (auto &spelling : spellings)
            spelling = QRegularExpression::escape(spelling);
        pattern = QStringLiteral("(?:") + spellings.join(QLatin1Char('|')) + QLatin1Char(')');
    }
    if (!writtenWithoutSpaces(name.front()))
        pattern = notWordBefore + pattern;
    // A genitive without an apostrophe ("Katrins Team") is the name too; "Katrin's" keeps its
    // "'s", since the apostrophe ends the word.
    if (!writtenWithoutSpaces(name.back()))
        pattern = pattern + QStringLiteral("s?") + notWordAfter;
    return pattern;
}

// The parts of a name that identify a person on their own: "Katrin" and "Meier" of "Katrin
// Meier", not "van" of "Ruud van Dijk". Only names of two to four words that start and end with
// a capitalised word qualify, so "on-call" or "support bot" give no parts.
QStringList nameParts(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4 || !words.first().front().isUpper() || !words.last().front().isUpper())
        return {};
    QStringList parts;
    for (const auto &word : words) {
        const bool letters = std::all_of(word.begin(), word.end(),
                                         [](QChar c) { return c.isLetter() || c == u'-' || c == u'\'' || c == u'’'; });
        if (letters && word.size() >= 3 && word.front().isUpper())
            parts.append(word);
    }
    return parts;
}

// QRegularExpression finds nothing in text that is not valid UTF-16, which would let every
// pass through: a surrogate without its pair becomes U+FFFD, as every output shows it anyway.
QString withoutLoneSurrogates(const QString &text)
{
    if (text.isValidUtf16())
        return text;
    QString valid = text;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (valid.at(i).isHighSurrogate() && i + 1 < valid.size() && valid.at(i + 1).isLowSurrogate())
            ++i;
        else if (valid.at(i).isSurrogate())
            valid[i] = QChar::ReplacementCharacter;
    }
    return valid;
}

QStringList collectNames(const model::Review &review, bool authorsArePublic, QStringList &publicNames)
{
    QStringList raw;
    for (const auto &person : review.authors) {
        if (authorsArePublic)
            publicNames.append(withoutLoneSurrogates(person.name).simplified());
        else
            raw.append(person.name);
    }
    for (const auto &event : review.timeline)
        raw.append(event.author);
    for (const auto &action : review.actions)
        raw.append(action.owner);
    QSet<QString> spared;
    for (const auto &name : std::as_const(publicNames)) {
        spared.insert(name.toCaseFolded());
        for (const auto &part : nameParts(name))
            spared.insert(part.toCaseFolded());
    }
    QStringList names;
    for (const auto &name : std::as_const(raw)) {
        // As the text it is looked for in will be, and valid in the one expression of all names.
        const QString simple = withoutLoneSurrogates(name).simplified();
        const bool hasLetter = std::any_of(simple.begin(), simple.end(), [](QChar c) { return c.isLetter(); });
        if (simple.size() < 2 || !hasLetter || spared.contains(simple.toCaseFolded()) || names.contains(simple))
            continue;
        names.append(simple);
    }
    return names;
}

} // namespace

QStringList RedactionRules::validate() const
{
    QStringList problems;
    for (const auto &pattern : patterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        const QRegularExpression expression(pattern, unicode);
        if (!expression.isValid()) {
            problems.append(Redactor::tr("The redaction pattern “%1” is not a valid regular expression: %2 "
                                         "(at character %3).")
                                .arg(pattern, expression.errorString())
                                .arg(expression.patternErrorOffset() + 1));
        }
    }
    return problems;
}

RedactionCounts &RedactionCounts::operator+=(const RedactionCounts &other)
{
    hostNames += other.hostNames;
    ipAddresses += other.ipAddresses;
    emailAddresses += other.emailAddresses;
    names += other.names;
    patterns += other.patterns;
    return *this;
}

Redactor::Redactor(const model::Review &review, const RedactionRules &rules)
{
    for (const auto &pattern : rules.patterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        QRegularExpression expression(pattern, unicode);
        if (expression.isValid())
            m_passes.append({Kind::Pattern, expression});
    }
    if (rules.emailAddresses)
        m_passes.append({Kind::Email, emailExpression()});
    if (rules.ipAddresses) {
        m_passes.append({Kind::IpAddress, ipv6Expression(), isIpv6});
        m_passes.append({Kind::IpAddress, ipv4Expression()});
    }
    if (rules.hostNames) {
        m_passes.append({Kind::HostName, internalHostExpression()});
        m_passes.append({Kind::HostName, qualifiedHostExpression(), isQualifiedHost});
    }
    if (rules.peopleNames) {
        QStringList publicNames;
        const QStringList fullNames =
            collectNames(review, review.visibility[int(SectionKey::Authors)] == Visibility::Public, publicNames);
        QStringList alternatives;
        QSet<QString> parts;
        for (const auto &name : fullNames) {
            m_names.append(name);
            for (const auto &part : nameParts(name))
                parts.insert(part);
        }
        for (const auto &publicName : std::as_const(publicNames)) {
            parts.remove(publicName);
            for (const auto &part : nameParts(publicName))
                parts.remove(part);
        }
        for (const auto &part : std::as_const(parts)) {
            if (!m_names.contains(part))
                m_names.append(part);
        }
        // Longest first: alternation takes the first alternative that matches, and "Katrin
        // Meier" must win over "Katrin".
        std::sort(m_names.begin(), m_names.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        for (const auto &name : std::as_const(m_names))
            alternatives.append(namePattern(name, name.contains(QLatin1Char(' ')) && !parts.contains(name)));
        if (!alternatives.isEmpty()) {
            m_passes.append(
                {Kind::Name, QRegularExpression(QStringLiteral("(?:") + alternatives.join(u'|') + u')', unicode)});
        }
    }
}

QString Redactor::hostPlaceholder()
{
    return tr("[host]");
}

QString Redactor::ipAddressPlaceholder()
{
    return tr("[IP address]");
}

QString Redactor::emailPlaceholder()
{
    return tr("[e-mail]");
}

QString Redactor::namePlaceholder()
{
    return tr("[name]");
}

QString Redactor::patternPlaceholder()
{
    return tr("[redacted]");
}

QList<std::pair<qsizetype, qsizetype>> Redactor::placeholdersIn(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (!text.contains(u'['))
        return ranges;
    for (const QString &placeholder :
         {hostPlaceholder(), ipAddressPlaceholder(), emailPlaceholder(), namePlaceholder(), patternPlaceholder()}) {
        for (qsizetype at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + placeholder.size()))
            ranges.append({at, at + placeholder.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

QString Redactor::applyPass(const Pass &pass, const QString &text, RedactionCounts &counts, bool rendered,
                            QList<qsizetype> *origin) const
{
    QString placeholder;
    int *counter = nullptr;
    switch (pass.kind) {
    case Kind::Pattern:
        placeholder = patternPlaceholder();
        counter = &counts.patterns;
        break;
    case Kind::Email:
        placeholder = emailPlaceholder();
        counter = &counts.emailAddresses;
        break;
    case Kind::IpAddress:
        placeholder = ipAddressPlaceholder();
        counter = &counts.ipAddresses;
        break;
    case Kind::HostName:
        placeholder = hostPlaceholder();
        counter = &counts.hostNames;
        break;
    case Kind::Name:
        placeholder = namePlaceholder();
        counter = &counts.names;
        break;
    }

    const MatchText matched(text, rendered);
    const QList<std::pair<qsizetype, qsizetype>> placeholders = placeholdersIn(text);
    auto nextPlaceholder = placeholders.cbegin();
    QString result;
    QList<qsizetype> resultOrigin;
    qsizetype copied = 0;
    auto matches = pass.expression.globalMatch(matched.text());
    while (matches.hasNext()) {
        const auto match = matches.next();
        // An empty match would put a placeholder between every two characters.
        if (match.capturedLength() == 0 || (pass.accept && !pass.accept(match.capturedView())))
            continue;
        // Two matches can end and start inside one character ("ﬁ" is "f" and "i").
        const qsizetype start = std::max(copied, matched.originalStart(match.capturedStart()));
        const qsizetype end = matched.originalEnd(match.capturedEnd());
        if (end <= start)
            continue;
        // What an earlier pass, or an earlier redaction of the same text, put in stays as it is:
        // "mail" of "[e-mail]" is no name, and a pattern that matches "[" cannot redact forever.
        while (nextPlaceholder != placeholders.cend() && nextPlaceholder->second <= start)
            ++nextPlaceholder;
        if (nextPlaceholder != placeholders.cend() && nextPlaceholder->first < end)
            continue;
        result += QStringView(text).mid(copied, start - copied);
        result += placeholder;
        if (origin) {
            resultOrigin.append(origin->mid(copied, start - copied));
            qsizetype from = originIndex(origin->at(start));
            for (qsizetype i = start + 1; i < end; ++i)
                from = std::min(from, originIndex(origin->at(i)));
            resultOrigin.append(QList<qsizetype>(placeholder.size(), -1 - from));
        }
        copied = end;
        ++*counter;
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    if (origin) {
        resultOrigin.append(origin->mid(copied));
        *origin = std::move(resultOrigin);
    }
    return result;
}

RedactedText Redactor::redact(const QString &text) const
{
    RedactedText result{withoutLoneSurrogates(text), {}};
    if (text.isEmpty())
        return result;
    for (const auto &pass : m_passes)
        result.text = applyPass(pass, result.text, result.counts, false, nullptr);
    return result;
}

Redactor::Traced Redactor::redactRendered(const QString &text) const
{
    Traced result{text, QList<qsizetype>(text.size()), {}};
    std::iota(result.origin.begin(), result.origin.end(), qsizetype(0));
    for (const auto &pass : m_passes)
        result.text = applyPass(pass, result.text, result.counts, true, &result.origin);
    return result;
}

RedactedReview Redactor::redact(const model::Review &review) const
{
    RedactedReview result{review, {}};
    const auto apply = [&](QString &text) {
        auto redacted = redact(text);
        text = redacted.text;
        result.counts += redacted.counts;
    };
    const MarkdownRedactor markdown(*this);
    const auto applyMarkdown = [&](QString &text, MarkdownRedactor::Layout layout) {
        auto redacted = markdown.redact(text, layout);
        text = redacted.text;
        result.counts += redacted.counts;
    };
    const auto block = [&](QString &text) { applyMarkdown(text, MarkdownRedactor::Layout::Block); };
    const auto cell = [&](QString &text) { applyMarkdown(text, MarkdownRedactor::Layout::Cell); };
    // The Markdown export shows a ticket's address as a link named after its last path segment,
    // %-escapes decoded; a browser shows the target decoded too.
    const auto applyAddress = [&](QString &text) {
        apply(text);
        const QString decoded = decodedAddress(text);
        if (decoded == text)
            return;
        auto redacted = redact(decoded);
        if (redacted.counts.total() == 0)
            return;
        text = redacted.text;
        result.counts += redacted.counts;
    };
    auto &r = result.review;
    apply(r.title);
    block(r.summary);
    block(r.impact.user);
    block(r.impact.business);
    block(r.impact.team);
    block(r.detection.markdown);
    block(r.triage);
    block(r.rootCauses);
    block(r.resolution);
    // The PDF shows the audience as inline Markdown.
    cell(r.shareAudience);
    block(r.share);
    for (auto &person : r.authors) {
        apply(person.name);
        cell(person.role);
        apply(person.contact);
    }
    for (auto &event : r.timeline) {
        cell(event.text);
        apply(event.author);
    }
    for (auto &lesson : r.lessons)
        block(lesson.text);
    for (auto &action : r.actions) {
        cell(action.title);
        apply(action.owner);
        applyAddress(action.ticket);
    }
    for (auto &note : r.additional) {
        apply(note.heading);
        block(note.markdown);
    }
    // A Prometheus series name carries its labels, host names and addresses among them. The
    // pixels of an image cannot be redacted: only images made public reach the customer.
    for (auto &figure : r.figures) {
        apply(figure.title);
        apply(figure.caption);
        apply(figure.source);
        for (auto &series : figure.series)
            apply(series.name);
    }
    return result;
}

} // namespace hindsight::exporting
