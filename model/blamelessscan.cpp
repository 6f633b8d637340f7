// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelessscan.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace hindsight::model {

namespace {

constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
// Whole words: a letter, digit or underscore must not touch a match on either side.
const QLatin1String notWordBefore("(?<![\\p{L}\\p{N}_])");
const QLatin1String notWordAfter("(?![\\p{L}\\p{N}_])");
// "..." in a phrase: up to six words, within one clause (no punctuation crossed).
const QLatin1String gap("(?:[^\\s.,;:!?]+\\s+){0,6}");

bool isGap(const QString &token)
{
    return token == QLatin1String("...") || token == QStringLiteral("\u2026");
}

QString wordPattern(const QString &word)
{
    const bool anyEnding = word.size() > 1 && word.endsWith(QLatin1Char('*'));
    QString pattern = QRegularExpression::escape(anyEnding ? word.chopped(1) : word);
    // Typographic and typewriter apostrophes are the same to a reader.
    pattern.replace(QLatin1String("\\'"), QStringLiteral("['\u2019]"));
    pattern.replace(QStringLiteral("\\\u2019"), QStringLiteral("['\u2019]"));
    if (anyEnding)
        pattern += QLatin1String("\\p{L}*");
    return pattern;
}

// A phrase of the word lists as an expression: words apart by any white space, "*" and "..."
// as docs/blameless.md says.
QString phrasePattern(const QString &phrase)
{
    QStringList tokens = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!tokens.isEmpty() && isGap(tokens.last()))
        tokens.removeLast();
    QString pattern;
    bool needSpace = false;
    for (const auto &token : std::as_const(tokens)) {
        if (needSpace)
            pattern += QLatin1String("\\s+");
        if (isGap(token)) {
            pattern += gap;
            needSpace = false;
        } else {
            pattern += wordPattern(token);
            needSpace = true;
        }
    }
    return pattern;
}

// Longest first: alternation takes the first alternative that matches, and "human error" or
// "Katrin Meier" must win over a shorter entry that starts alike.
QStringList longestFirst(QStringList list)
{
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    list.removeDuplicates();
    return list;
}

QString alternatives(const QStringList &phrases)
{
    QStringList patterns;
    for (const auto &phrase : longestFirst(phrases)) {
        const QString pattern = phrasePattern(phrase);
        if (!pattern.isEmpty())
            patterns.append(pattern);
    }
    return patterns.join(QLatin1Char('|'));
}

// A name of one word matches as written, capitalised and in capitals; a longer name in any case.
QString namePattern(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1) {
        QStringList escaped;
        for (const auto &word : words)
            escaped.append(wordPattern(word));
        return escaped.join(QLatin1String("\\s+"));
    }
    QStringList spellings{name, name.front().toUpper() + name.mid(1), name.toUpper()};
    spellings.removeDuplicates();
    for (auto &spelling : spellings)
        spelling = wordPattern(spelling);
    return QLatin1String("(?-i:") + spellings.join(QLatin1Char('|')) + QLatin1Char(')');
}

// "Katrin" and "Meier" of "Katrin Meier", not "van" of "Ruud van Dijk": the parts of names of
// two to four words that start and end with a capitalised word, three letters or longer.
QStringList nameParts(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4 || !words.first().front().isUpper() || !words.last().front().isUpper())
        return {};
    QStringList parts;
    for (const auto &word : words) {
        const bool letters = std::all_of(word.begin(), word.end(), [](QChar c) {
            return c.isLetter() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019);
        });
        if (letters && word.size() >= 3 && word.front().isUpper())
            parts.append(word);
    }
    return parts;
}

QStringList subjectNames(const QStringList &names)
{
    QStringList result;
    for (const auto &name : names) {
        const QString simple = name.simplified();
        const bool hasLetter = std::any_of(simple.begin(), simple.end(), [](QChar c) { return c.isLetter(); });
        if (simple.size() < 2 || !hasLetter)
            continue;
        result.append(simple);
        result += nameParts(simple);
    }
    return longestFirst(result);
}

BlameWordList readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return BlameWordList::parse(QString::fromUtf8(file.readAll()));
}

} // namespace

BlameWordList BlameWordList::parse(const QString &text)
{
    BlameWordList list;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).simplified();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString kind = line.left(space);
        const QString phrase = space < 0 ? QString() : line.mid(space + 1);
        QStringList *target = nullptr;
        if (kind == QLatin1String("word"))
            target = &list.words;
        else if (kind == QLatin1String("verb"))
            target = &list.verbs;
        else if (kind == QLatin1String("subject"))
            target = &list.subjects;
        else if (kind == QLatin1String("filler"))
            target = &list.fillers;
        if (target == nullptr || phrasePattern(phrase).isEmpty())
            list.errors.append(QString::number(i + 1) + QLatin1String(": ") + line);
        else
            target->append(phrase);
    }
    return list;
}

const BlameWordList &BlameWordList::builtin()
{
    static const BlameWordList list = [] {
        BlameWordList merged = readList(QStringLiteral(":/hindsight/wordlists/blame-en.txt"));
        merged += readList(QStringLiteral(":/hindsight/wordlists/blame-de.txt"));
        return merged;
    }();
    return list;
}

BlameWordList &BlameWordList::operator+=(const BlameWordList &other)
{
    words += other.words;
    verbs += other.verbs;
    subjects += other.subjects;
    fillers += other.fillers;
    errors += other.errors;
    return *this;
}

BlamelessScanner::BlamelessScanner(const QStringList &names, const BlameWordList &words) : m_names(subjectNames(names))
{
    const QString blameWords = alternatives(words.words);
    if (!blameWords.isEmpty())
        m_words = QRegularExpression(
            notWordBefore + QLatin1String("(?:") + blameWords + QLatin1Char(')') + notWordAfter, options);

    QStringList nameAlternatives;
    for (const auto &name : std::as_const(m_names))
        nameAlternatives.append(namePattern(name));
    const QString pronouns = alternatives(words.subjects);
    const QString verbs = alternatives(words.verbs);
    if (verbs.isEmpty() || (nameAlternatives.isEmpty() && pronouns.isEmpty()))
        return;
    QStringList subjects;
    if (!nameAlternatives.isEmpty()) {
        // A possessive ("Katrin's fault") or a German genitive ("Katrins Fehler") is the name too.
        subjects.append(QLatin1String("(?<name>") + nameAlternatives.join(QLatin1Char('|')) +
                        QStringLiteral(")(?:['\u2019]s|s)?"));
    }
    if (!pronouns.isEmpty())
        subjects.append(QLatin1String("(?<pronoun>") + pronouns + QLatin1Char(')'));
    const QString fillers = alternatives(words.fillers);
    const QString fillerPattern =
        fillers.isEmpty() ? QString() : QLatin1String("(?:\\s+(?:") + fillers + QLatin1String(")){0,2}");
    m_subjectVerb =
        QRegularExpression(notWordBefore + QLatin1String("(?:") + subjects.join(QLatin1Char('|')) + QLatin1Char(')') +
                               fillerPattern + QLatin1String("\\s+(?:") + verbs + QLatin1Char(')') + notWordAfter,
                           options);
}

QList<BlameFinding> BlamelessScanner::scan(const QString &text) const
{
    QList<BlameFinding> found;
    if (!m_subjectVerb.pattern().isEmpty()) {
        auto it = m_subjectVerb.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            QString subject = match.captured(u"name");
            if (subject.isEmpty())
                subject = match.captured(u"pronoun");
            found.append({match.capturedStart(), match.capturedLength(), match.captured(),
                          tr("“%1” pins the failure on %2. Describe the circumstance instead: what made this "
                             "easy to get wrong, and what would catch it next time.")
                              .arg(match.captured(), subject)});
        }
    }
    if (!m_words.pattern().isEmpty()) {
        auto it = m_words.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            found.append({match.capturedStart(), match.capturedLength(), match.captured(),
                          tr("“%1” judges a person, not what happened. Describe the circumstance instead: what "
                             "made the failure possible, and what would have caught it.")
                              .arg(match.captured())});
        }
    }
    std::sort(found.begin(), found.end(), [](const BlameFinding &a, const BlameFinding &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<BlameFinding> findings;
    for (auto &finding : found) {
        if (findings.isEmpty() || finding.start >= findings.last().start + findings.last().length)
            findings.append(std::move(finding));
    }
    return findings;
}

QList<BlameFinding> BlamelessScanner::findingsAt(const QString &text, qsizetype position) const
{
    QList<BlameFinding> result;
    for (auto &finding : scan(text)) {
        if (position >= finding.start && position < finding.start + finding.length)
            result.append(std::move(finding));
    }
    return result;
}

QStringList BlamelessScanner::peopleNames(const Review &review)
{
    QStringList names;
    QSet<QString> seen;
    // Consecutive rows mostly have the same author or owner: the review checks ask for the names
    // after each keystroke, on timelines of thousands of events.
    const QString *last = nullptr;
    const auto add = [&names, &seen, &last](const QString &name) {
        if (last && *last == name)
            return;
        last = &name;
        const QString simple = name.simplified();
        if (!simple.isEmpty() && !seen.contains(simple)) {
            seen.insert(simple);
            names.append(simple);
        }
    };
    for (const auto &person : review.authors)
        add(person.name);
    for (const auto &event : review.timeline)
        add(event.author);
    for (const auto &action : review.actions)
        add(action.owner);
    return names;
}

} // namespace hindsight::model
