// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportvocabulary.h"

#include "import/markdown/headingsynonyms.h"
#include "model/names.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

// What the Markdown exporter writes through tr() (context "MarkdownExporter"), by where.
constexpr const char *headerWords[] = {"Kind",  "Milestone", "Event",    "Author", "Title", "Type",
                                       "Owner", "Ticket",    "Priority", "Due",    "Status"};
constexpr const char *labels[] = {"Method:", "Detected:", "Severity:", "Audience:"};
// What every export shows of the Impact section (context "DocumentContent"); the Markdown
// exporter writes a figure's label followed by a colon.
constexpr const char *impactFigures[] = {"Users affected", "Revenue lost", "SLA breached", "Data lost",
                                         "Data compromised"};
constexpr const char *impactParts[] = {"User", "Business", "Team"};

QString exporterText(const char *source)
{
    return QCoreApplication::translate("MarkdownExporter", source);
}

QString impactText(const char *source)
{
    return QCoreApplication::translate("DocumentContent", source);
}

// "Zeit (%1)" → a pattern that captures what stands for %1.
QRegularExpression patternOf(const QString &text)
{
    QString pattern = QRegularExpression::escape(text);
    for (const auto *marker : {"%1", "%2"}) {
        const QString placeholder = QString::fromLatin1(marker);
        pattern.replace(QRegularExpression::escape(placeholder), QStringLiteral("(.*)"));
    }
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
}

struct Vocabulary
{
    QHash<QString, QString> headings; // normalized translated heading → English
    QHash<QString, QString> cells;    // translated header cell → English
    QHash<QString, QString> labels;   // translated bold label → English
    QRegularExpression timeHeader;    // "Zeit (%1)"
    QString yes;
    QString allUtc;             // "Alle Zeiten in UTC."
    QRegularExpression allZone; // "Alle Zeiten in %1 (%2)."
    QString nothing;            // "Nichts festgehalten."
    QRegularExpression caption; // "*Abbildung %1: %2*"
    // The key figures line under the title: "**SEV2** · Geprüft · Begonnen … · Intern".
    QHash<QString, QString> keyWords;                          // "Geprüft" → "Reviewed"
    QList<std::pair<QRegularExpression, QString>> keyPatterns; // "Erkannt nach %1" → "Detected after %1"
    bool translated = false;
};

void addHeading(QHash<QString, QString> &map, const QString &translated, const QString &english, bool &any)
{
    const QString key = normalizedHeading(translated);
    if (key == normalizedHeading(english))
        return;
    map.insert(key, english);
    any = true;
}

void add(QHash<QString, QString> &map, const QString &translated, const QString &english, bool &any)
{
    if (translated == english)
        return;
    map.insert(translated, english);
    any = true;
}

Vocabulary vocabulary()
{
    Vocabulary v;
    bool any = false;
    for (const auto &entry : EnumInfo<SectionKey>::entries) {
        addHeading(v.headings, enumLabel(entry.value), QString::fromUtf8(entry.label), any);
    }
    for (const auto &entry : EnumInfo<LessonKind>::entries)
        addHeading(v.headings, enumLabel(entry.value), QString::fromUtf8(entry.label), any);
    for (const char *part : impactParts)
        addHeading(v.headings, impactText(part), QString::fromUtf8(part), any);
    for (const char *word : headerWords)
        add(v.cells, exporterText(word), QString::fromUtf8(word), any);
    for (const char *label : labels)
        add(v.labels, exporterText(label), QString::fromUtf8(label), any);
    for (const char *label : impactFigures)
        add(v.labels, impactText(label) + QLatin1Char(':'), QString::fromUtf8(label) + QLatin1Char(':'), any);
    v.timeHeader = patternOf(exporterText("Time (%1)"));
    v.yes = exporterText("yes");
    v.allUtc = exporterText("All times in UTC.");
    v.allZone = patternOf(exporterText("All times in %1 (%2)."));
    v.nothing = exporterText("Nothing recorded.");
    const QString caption = QCoreApplication::translate("DocumentFigures", "Figure %1: %2");
    v.caption = patternOf(QLatin1Char('*') + caption + QLatin1Char('*'));
    any = any || caption != u"Figure %1: %2";
    for (const auto &entry : EnumInfo<Status>::entries)
        add(v.keyWords, enumLabel(entry.value), QString::fromUtf8(entry.label), any);
    for (const char *word : {"Internal", "Customer version"})
        add(v.keyWords, exporterText(word), QString::fromUtf8(word), any);
    for (const char *pattern : {"Started %1", "Detected after %1", "Mitigated after %1", "Resolved after %1"})
        v.keyPatterns.append({patternOf(exporterText(pattern)), QString::fromUtf8(pattern)});
    v.translated = any;
    return v;
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression delimiter(QStringLiteral(R"(^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)"));
    return delimiter.match(line).hasMatch();
}

QString headerRow(const QString &line, const Vocabulary &v)
{
    QStringList cells = line.split(QLatin1Char('|'));
    for (auto &cell : cells) {
        const QString trimmed = cell.trimmed();
        QString english = v.cells.value(trimmed);
        if (const auto match = v.timeHeader.match(trimmed); english.isEmpty() && match.hasMatch())
            english = QStringLiteral("Time (%1)").arg(match.captured(1));
        if (!english.isEmpty())
            cell = QLatin1Char(' ') + english + QLatin1Char(' ');
    }
    return cells.join(QLatin1Char('|'));
}

QString heading(const QString &line, const Vocabulary &v)
{
    static const QRegularExpression atx(QStringLiteral(R"(^(#{1,6}\s+)(.*?)\s*#*\s*$)"));
    const auto match = atx.match(line);
    if (!match.hasMatch())
        return line;
    QString text = match.captured(2);
    const auto english = v.headings.constFind(normalizedHeading(text));
    if (english == v.headings.cend())
        return line;
    // Keep the emoji in front and a parenthesis after ("Zeitleiste (UTC)"): the reader reads
    // them.
    static const QRegularExpression parenthesis(QStringLiteral(R"(\s*\([^()]*\)[\s:.]*$)"));
    qsizetype letters = 0;
    while (letters < text.size() && !text.at(letters).isLetterOrNumber())
        ++letters;
    const auto after = parenthesis.match(text);
    return match.captured(1) + text.left(letters) + *english + (after.hasMatch() ? after.captured(0) : QString());
}

QString keyFigures(const QString &line, const Vocabulary &v)
{
    static const QString separator = QStringLiteral(" · ");
    QStringList parts = line.split(separator);
    int mapped = 0;
    for (auto &part : parts) {
        if (const auto word = v.keyWords.constFind(part.trimmed()); word != v.keyWords.cend()) {
            part = *word;
            ++mapped;
            continue;
        }
        for (const auto &[translated, english] : v.keyPatterns) {
            if (const auto match = translated.match(part.trimmed()); match.hasMatch()) {
                part = QString(english).arg(match.captured(1));
                ++mapped;
                break;
            }
        }
    }
    return mapped >= 2 ? parts.join(separator) : line;
}

QString boldLabels(QString line, const Vocabulary &v)
{
    if (!line.contains(u"**"))
        return line;
    for (auto it = v.labels.cbegin(); it != v.labels.cend(); ++it) {
        const QString translated = QStringLiteral("**") + it.key() + QStringLiteral("**");
        if (!line.contains(translated))
            continue;
        line.replace(translated, QStringLiteral("**") + it.value() + QStringLiteral("**"));
        // The exporter's "yes" after a flag ("SLA breached: yes").
        if (v.yes != u"yes" && line.trimmed().endsWith(QStringLiteral("** ") + v.yes))
            line = line.left(line.lastIndexOf(v.yes)) + QStringLiteral("yes");
    }
    return line;
}

} // namespace

QString toTemplateEnglish(const QString &markdown)
{
    const Vocabulary v = vocabulary();
    if (!v.translated)
        return markdown;
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (i + 1 < lines.size() && line.contains(QLatin1Char('|')) && isDelimiterRow(lines.at(i + 1))) {
            line = headerRow(line, v);
        } else if (trimmed.startsWith(QLatin1Char('#'))) {
            line = heading(line, v);
        } else if (trimmed == v.allUtc) {
            line = QStringLiteral("All times in UTC.");
        } else if (const auto match = v.allZone.match(trimmed); match.hasMatch()) {
            line = QStringLiteral("All times in %1 (%2).").arg(match.captured(1), match.captured(2));
        } else if (trimmed == QLatin1Char('_') + v.nothing + QLatin1Char('_')) {
            line = QStringLiteral("_Nothing recorded._");
        } else if (const auto figure = v.caption.match(trimmed); figure.hasMatch()) {
            line = QStringLiteral("*Figure %1: %2*").arg(figure.captured(1), figure.captured(2));
        } else if (line.contains(u" · ")) {
            line = keyFigures(line, v);
        } else {
            line = boldLabels(line, v);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hindsight::importing::mdimport
