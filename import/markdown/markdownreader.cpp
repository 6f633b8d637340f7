// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"

#include "import/markdown/exportvocabulary.h"
#include "import/textfile.h"
#include "model/names.h"

#include <QRegularExpression>

#include <algorithm>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

// More would bury the first ones, which are usually the ones that matter.
constexpr int maxWarnings = 50;

QString joinParagraphs(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("\n\n") + b;
}

// What the Markdown export writes for an empty section.
bool isPlaceholder(const QString &markdown)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(^([_*]?)Nothing recorded\.?\1$)"),
                                                QRegularExpression::CaseInsensitiveOption);
    return markdown.size() < 40 && placeholder.match(markdown).hasMatch();
}

bool isKey(QStringView key, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [key](const char *name) { return key == QLatin1StringView(name); });
}

std::optional<bool> booleanFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    if (isKey(value, {"yes", "y", "true", "breached", "lost", "compromised", "exposed", "1"}) ||
        text.trimmed() == u"✓" || text.trimmed() == u"✅")
        return true;
    if (isKey(value, {"no", "n", "false", "none", "not breached", "not lost", "not compromised", "0", "na"}) ||
        text.trimmed() == u"-" || text.trimmed() == u"—" || text.trimmed() == u"❌")
        return false;
    return std::nullopt;
}

// "41,800", "8 430", "1.5", "1,234.56", "1.234,56".
std::optional<double> numberFrom(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype dot = text.lastIndexOf(u'.');
    static const QRegularExpression commaThousands(QStringLiteral(R"(^\d{1,3}(,\d{3})+$)"));
    static const QRegularExpression dotThousands(QStringLiteral(R"(^\d{1,3}(\.\d{3}){2,}$)"));
    if (comma >= 0 && dot >= 0) {
        const QChar thousands = comma < dot ? u',' : u'.';
        text.remove(thousands);
        text.replace(u',', u'.');
    } else if (comma >= 0) {
        if (commaThousands.match(text).hasMatch())
            text.remove(u',');
        else
            text.replace(u',', u'.');
    } else if (dotThousands.match(text).hasMatch()) {
        text.remove(u'.');
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

double scaled(double value, QStringView unit)
{
    const QString lower = unit.toString().toLower();
    if (lower == u"k" || lower == u"thousand")
        return value * 1000;
    if (lower == u"m" || lower == u"million")
        return value * 1000000;
    return value;
}

QString currencyFrom(QStringView text)
{
    const QString lower = text.toString().toLower();
    if (text == u"€" || lower.startsWith(u"euro"))
        return QStringLiteral("EUR");
    if (text == u"$" || lower.startsWith(u"dollar"))
        return QStringLiteral("USD");
    if (text == u"£" || lower.startsWith(u"pound"))
        return QStringLiteral("GBP");
    if (text == u"¥")
        return QStringLiteral("JPY");
    if (text.size() == 3)
        return text.toString().toUpper();
    return {};
}

std::optional<DetectionMethod> detectionMethodFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    for (const auto method : enumValues<DetectionMethod>()) {
        if (method != DetectionMethod::Unset &&
            (value == normalizedHeading(enumKey(method)) || value == normalizedHeading(enumLabel(method))))
            return method;
    }
    if (isKey(value, {"alerting", "automated alert", "monitoring alert", "page", "pager", "paging"}))
        return DetectionMethod::Alert;
    if (isKey(value, {"monitoring", "dashboard", "graph", "metrics"}))
        return DetectionMethod::Dashboard;
    if (isKey(value, {"customer", "customers", "customer ticket", "support ticket", "support"}))
        return DetectionMethod::CustomerReport;
    if (isKey(value, {"employee", "internal report", "staff", "colleague"}))
        return DetectionMethod::EmployeeReport;
    if (isKey(value, {"test", "tests", "synthetic check", "synthetic test", "synthetic monitoring", "probe", "ci"}))
        return DetectionMethod::AutomatedTest;
    return std::nullopt;
}

} // namespace

std::optional<KeyValue> keyValueLine(QStringView line)
{
    QStringView text = line.trimmed();
    if (text.size() > 2 && (text[0] == u'-' || text[0] == u'*' || text[0] == u'+') && text[1] == u' ')
        text = text.sliced(2).trimmed();
    QStringView key;
    QStringView rest;
    bool found = false;
    for (const QStringView emphasis : {QStringView(u"**"), QStringView(u"__")}) {
        if (!text.startsWith(emphasis))
            continue;
        const qsizetype close = text.indexOf(emphasis, 2);
        if (close < 0)
            return std::nullopt;
        const QStringView inner = text.sliced(2, close - 2).trimmed();
        const QStringView after = text.sliced(close + 2);
        if (inner.endsWith(u':')) {
            key = inner.chopped(1);
            rest = after;
        } else if (after.trimmed().startsWith(u':')) {
            key = inner;
            rest = after.trimmed().sliced(1);
        } else {
            return std::nullopt;
        }
        found = true;
        break;
    }
    if (!found) {
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0 || colon > 40)
            return std::nullopt;
        key = text.first(colon);
        rest = text.sliced(colon + 1);
        if (!rest.isEmpty() && !rest[0].isSpace())
            return std::nullopt;
    }
    key = key.trimmed();
    if (key.isEmpty() || !key[0].isLetter() || key.contains(u'`') || key.contains(u'['))
        return std::nullopt;
    return KeyValue{normalizedHeading(key), plainText(rest), plainText(key), rest.trimmed().toString()};
}

ImportResult MarkdownReader::read(const QByteArray &data, bool besideFile)
{
    if (const QString problem = TextFile::problem(data); !problem.isEmpty())
        return {std::nullopt, problem, {}};
    QString text = QString::fromUtf8(TextFile::withoutByteOrderMark(data));
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    // A review Hindsight exported in another language reads as one written in the template's.
    text = toTemplateEnglish(text);
    MarkdownReader reader(std::move(text));
    reader.m_warnLocalImages = !besideFile;
    reader.run();
    if (reader.failed())
        return {std::nullopt, reader.m_error, {}};
    QStringList warnings = reader.m_warnings;
    if (reader.m_warningsLeftOut > 0)
        warnings.append(tr("%1 more warnings were left out.").arg(reader.m_warningsLeftOut));
    return {std::move(reader.m_review), {}, warnings};
}

MarkdownReader::MarkdownReader(QString text) : m_text(std::move(text))
{
    m_lines = splitLines(m_text);
    // Nothing reaches the customer version by omission: Markdown says nothing about visibility.
    m_review.visibility.fill(Visibility::Internal);
}

void MarkdownReader::fail(int line, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message;
}

void MarkdownReader::warn(int line, const QString &message)
{
    if (m_warnings.size() >= maxWarnings) {
        ++m_warningsLeftOut;
        return;
    }
    m_warnings.append(line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message);
}

void MarkdownReader::warnOnce(int line, const QString &message)
{
    if (m_warnedOnce.contains(message))
        return;
    m_warnedOnce.insert(message);
    warn(line, message);
}

void MarkdownReader::addNote(int line, const QString &heading, const QString &markdown)
{
    AdditionalNote note;
    note.heading = heading;
    note.markdown = markdown;
    note.visibility = Visibility::Internal;
    m_notes.append({line, note});
}

void MarkdownReader::run()
{
    const int bodyStart = readFrontMatter();
    if (failed())
        return;
    m_body = m_lines.mid(bodyStart);
    m_blocks = parseBlocks(m_body);
    splitSections();

    for (const auto &block : std::as_const(m_blocks)) {
        if (block.type == Block::Type::Code || !m_warnLocalImages)
            continue;
        for (int i = block.first; i < block.last; ++i) {
            for (const auto &image : localImages(m_body[i].text))
                warn(m_body[i].number,
                     tr("the image \"%1\" is kept as a link; image files are not imported.").arg(image));
        }
    }

    readPreamble(0, m_preambleEnd);
    if (failed())
        return;
    const auto any = [](const auto &lists) {
        return std::any_of(lists.cbegin(), lists.cend(), [](const auto &list) { return !list.isEmpty(); });
    };
    const bool structured = any(m_parts) || any(m_inline);
    if (!structured) {
        m_review.summary = markdown(0, int(m_blocks.size()));
        warn(0, tr("No heading names a section of the review template; the whole text was put in the summary."));
        finish();
        return;
    }
    if (const QString introduction = markdown(0, m_preambleEnd); !introduction.isEmpty())
        addNote(m_body.isEmpty() ? 1 : m_body.first().number, tr("Introduction"), introduction);
    for (const auto &part : std::as_const(m_unknown))
        addNote(part.line, part.heading, markdown(part.first, part.last));

    readAuthors();
    readTextSection(SectionKey::Summary, m_review.summary);
    readImpact();
    readDetection();
    readTriage();
    readTextSection(SectionKey::RootCauses, m_review.rootCauses);
    readTextSection(SectionKey::Resolution, m_review.resolution);
    readTimeline();
    if (failed())
        return;
    readLessons();
    readActions();
    readShare();
    finish();
}

QString MarkdownReader::headingText(const Block &heading) const
{
    return plainText(heading.text);
}

void MarkdownReader::splitSections()
{
    enum class Owner { Preamble, Section, Unknown };
    Owner owner = Owner::Preamble;
    int ownerLevel = 0;
    SectionKey ownerSection = SectionKey::Summary;
    const int count = int(m_blocks.size());
    m_preambleEnd = count;
    const auto close = [&](int at) {
        if (owner == Owner::Preamble)
            m_preambleEnd = at;
        else if (owner == Owner::Section)
            m_parts[int(ownerSection)].last().last = at;
        else
            m_unknown.last().last = at;
    };

    for (int i = 0; i < count; ++i) {
        const Block &block = m_blocks[i];
        if (block.type != Block::Type::Heading)
            continue;
        const QString text = headingText(block);
        const int line = m_body[block.first].number;
        const auto meaning = headingMeaning(text);
        if (m_titleBlock < 0 && owner == Owner::Preamble && block.level == 1 && !meaning &&
            (!m_titleFromFrontMatter || normalizedHeading(text) == normalizedHeading(m_review.title))) {
            m_titleBlock = i;
            if (!m_titleFromFrontMatter)
                m_review.title = text;
            for (int k = block.first; k < block.last; ++k)
                m_consumed.insert(m_body[k].number);
            continue;
        }
        if (owner == Owner::Section && block.level > ownerLevel) {
            // A subheading stays in its section, unless it starts one of the two sections whose
            // rows are records: a timeline table left in the summary would help nobody.
            const auto sub = subheadingMeaning(text, ownerSection);
            if (sub && sub->section == ownerSection)
                continue;
            if (!meaning || (meaning->section != SectionKey::Timeline && meaning->section != SectionKey::Actions))
                continue;
        } else if (owner == Owner::Unknown && block.level > ownerLevel && !meaning) {
            continue;
        }
        close(i);
        ownerLevel = block.level;
        if (meaning) {
            owner = Owner::Section;
            ownerSection = meaning->section;
            m_parts[int(ownerSection)].append({*meaning, text, line, i + 1, i + 1});
        } else {
            owner = Owner::Unknown;
            m_unknown.append({{}, text, line, i + 1, i + 1});
        }
    }
    close(count);
}

QString MarkdownReader::markdown(int firstBlock, int lastBlock) const
{
    if (firstBlock >= lastBlock)
        return {};
    return markdownOf(m_body, m_blocks[firstBlock].first, m_blocks[lastBlock - 1].last);
}

QString MarkdownReader::markdownOf(const Lines &lines, int first, int last) const
{
    QString text;
    if (m_consumed.isEmpty()) {
        text = joinLines(lines, first, last);
    } else {
        Lines kept;
        kept.reserve(last - first);
        for (int i = first; i < last; ++i) {
            if (!m_consumed.contains(lines[i].number))
                kept.append(lines[i]);
        }
        text = joinLines(kept, 0, int(kept.size()));
    }
    return isPlaceholder(text) ? QString() : text;
}

// A second part, or one that names an aspect ("Trigger"), keeps its heading.
void MarkdownReader::appendText(QString &target, const QString &heading, bool labelled, const QString &body)
{
    if (body.isEmpty())
        return;
    if (labelled || !target.isEmpty())
        target = joinParagraphs(target, QStringLiteral("### ") + heading + QStringLiteral("\n\n") + body);
    else
        target = body;
}

void MarkdownReader::readTextSection(SectionKey key, QString &target)
{
    for (const auto &part : std::as_const(m_inline[int(key)]))
        appendText(target, part.heading, part.meaning.labelled, part.markdown);
    for (const auto &part : std::as_const(m_parts[int(key)]))
        appendText(target, part.heading, part.meaning.labelled, markdown(part.first, part.last));
}

void MarkdownReader::readImpact()
{
    auto &impact = m_review.impact;
    const auto field = [&impact](HeadingPart part) -> QString & {
        switch (part) {
        case HeadingPart::ImpactBusiness:
            return impact.business;
        case HeadingPart::ImpactTeam:
            return impact.team;
        default:
            // Impact text that names no dimension is the user's: it is what most reviews mean.
            return impact.user;
        }
    };
    for (const auto &part : std::as_const(m_inline[int(SectionKey::Impact)])) {
        QString &text = field(part.meaning.part);
        text = joinParagraphs(text, part.markdown);
    }
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Impact)])) {
        HeadingPart target = part.meaning.part;
        int chunk = part.first;
        const auto flush = [&](int end) {
            readFigures(chunk, end);
            QString &text = field(target);
            text = joinParagraphs(text, markdown(chunk, end));
        };
        for (int i = part.first; i < part.last; ++i) {
            if (m_blocks[i].type != Block::Type::Heading)
                continue;
            const auto sub = subheadingMeaning(headingText(m_blocks[i]), SectionKey::Impact);
            if (!sub || sub->section != SectionKey::Impact)
                continue;
            flush(i);
            target = sub->part;
            chunk = i + 1;
        }
        flush(part.last);
    }
    figuresFromProse();
}

void MarkdownReader::readFigures(int firstBlock, int lastBlock)
{
    auto &impact = m_review.impact;
    const auto apply = [&](const KeyValue &pair) {
        const QString &key = pair.key;
        static const QRegularExpression count(
            QStringLiteral(R"(^(\d[\d,.\s]*?)\s*(k|thousand|m|million)?\s*(?:users|customers|people|accounts)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression amount(
            QStringLiteral(R"(^([€$£¥])?\s*(\d[\d,.\s]*?)\s*(k|thousand|m|million)?\s*([A-Za-z]{3}|[€$£¥]|euros?|)"
                           R"(dollars?|pounds?)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        if (isKey(key, {"users affected", "affected users", "customers affected", "affected customers",
                        "users impacted", "impacted users", "customers impacted"})) {
            const auto match = count.match(pair.value);
            const auto number = match.hasMatch() ? numberFrom(match.captured(1)) : std::nullopt;
            if (!number)
                return false;
            impact.usersAffected = qint64(scaled(*number, match.capturedView(2)));
            m_figuresSeen.users = true;
            return true;
        }
        if (isKey(key, {"revenue lost", "lost revenue", "revenue loss", "estimated revenue lost"})) {
            const auto match = amount.match(pair.value);
            const auto number = match.hasMatch() ? numberFrom(match.captured(2)) : std::nullopt;
            if (!number)
                return false;
            impact.revenueLost = scaled(*number, match.capturedView(3));
            const QString currency = currencyFrom(match.hasCaptured(1) ? match.capturedView(1) : match.capturedView(4));
            if (!currency.isEmpty())
                impact.currency = currency;
            m_figuresSeen.revenue = true;
            return true;
        }
        if (key == u"currency" && pair.value.size() == 3) {
            impact.currency = pair.value.toUpper();
            return true;
        }
        std::optional<bool> flag;
        bool *target = nullptr;
        bool *seen = nullptr;
        if (isKey(key, {"sla breached", "sla breach", "sla violated"})) {
            target = &impact.slaBreached;
            seen = &m_figuresSeen.sla;
        } else if (isKey(key, {"data lost", "data loss"})) {
            target = &impact.dataLost;
            seen = &m_figuresSeen.dataLost;
        } else if (isKey(key, {"data compromised", "data exposed", "data leaked"})) {
            target = &impact.dataCompromised;
            seen = &m_figuresSeen.dataCompromised;
        }
        if (!target || !(flag = booleanFrom(pair.value)))
            return false;
        *target = *flag;
        *seen = true;
        return true;
    };

    for (int b = firstBlock; b < lastBlock; ++b) {
        const Block &block = m_blocks[b];
        if (block.type == Block::Type::Paragraph) {
            for (int i = block.first; i < block.last; ++i) {
                const auto pair = keyValueLine(m_body[i].text);
                if (pair && apply(*pair))
                    m_consumed.insert(m_body[i].number);
            }
        } else if (block.type == Block::Type::List) {
            for (const auto &item : block.items) {
                if (item.last - item.first != 1 || !item.body.isEmpty())
                    continue;
                const auto pair = keyValueLine(item.text);
                if (pair && apply(*pair))
                    m_consumed.insert(item.line);
            }
        } else if (block.type == Block::Type::Table && block.header.size() == 2) {
            // | Users affected | 8,430 |: the header is often the first pair.
            const auto pair = [](const QString &key, const QString &value) {
                return KeyValue{normalizedHeading(plainText(key)), plainText(value), plainText(key), value};
            };
            bool all = apply(pair(block.header[0], block.header[1]));
            for (const auto &row : block.rows)
                all = row.cells.size() == 2 && apply(pair(row.cells[0], row.cells[1])) && all;
            if (all) {
                for (int i = block.first; i < block.last; ++i)
                    m_consumed.insert(m_body[i].number);
            }
        }
    }
}

void MarkdownReader::figuresFromProse()
{
    auto &impact = m_review.impact;
    const QString text = impact.user + QLatin1Char('\n') + impact.business + QLatin1Char('\n') + impact.team;
    // Sentences end at a full stop, a blank line or a list item; a line break inside one is a space.
    static const QRegularExpression sentenceEnd(
        QStringLiteral(R"((?<=[.!?])\s+|\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s))"));
    static const QRegularExpression negation(
        QStringLiteral(R"(\b(?:no|not|never|nor|without|wasn't|weren't|didn't|none)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression revenue(
        QStringLiteral(R"(revenue (?:lost|loss)\s*(?::|of|was|were)?\s*(?:about|approximately|roughly|around|~)?\s*)"
                       R"(([€$£])?\s?(\d[\d,.]*\d|\d)\s*(k|m)?\s*([A-Z]{3}|euros?|dollars?)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression users(
        QStringLiteral(R"((\d[\d,.]*\d|\d)\s*(k|thousand|million)?\s+(?:users|customers|accounts)\s+(?:were\s+)?)"
                       R"((?:affected|impacted))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sla(QStringLiteral(R"(\bSLAs?\b.*\b(?:breach(?:ed|es)?|violat(?:ed|ion))\b)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dataLost(
        QStringLiteral(R"(\bdata\b.*\b(?:was|were)\s+lost\b|\blost\s+(?:\w+\s+)?data\b|\bdata\s+loss\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dataCompromised(
        QStringLiteral(
            R"(\bdata\b.*\b(?:was|were)\s+(?:compromised|exposed|leaked|stolen)\b|\bdata\s+(?:breach|leak)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    const auto sentences = QStringView(text).split(sentenceEnd, Qt::SkipEmptyParts);
    for (const auto &view : sentences) {
        // The patterns look across a sentence; a "sentence" of pages is no sentence, and would be slow.
        if (view.size() > 2000)
            continue;
        const QString sentence = view.toString().replace(u'\n', u' ');
        const bool negated = negation.match(sentence).hasMatch();
        if (!m_figuresSeen.revenue) {
            if (const auto match = revenue.match(sentence); match.hasMatch()) {
                if (const auto number = numberFrom(match.captured(2))) {
                    impact.revenueLost = scaled(*number, match.capturedView(3));
                    const QString currency =
                        currencyFrom(match.hasCaptured(1) ? match.capturedView(1) : match.capturedView(4));
                    if (!currency.isEmpty())
                        impact.currency = currency;
                    m_figuresSeen.revenue = true;
                }
            }
        }
        if (!m_figuresSeen.users) {
            if (const auto match = users.match(sentence); match.hasMatch()) {
                if (const auto number = numberFrom(match.captured(1))) {
                    impact.usersAffected = qint64(scaled(*number, match.capturedView(2)));
                    m_figuresSeen.users = true;
                }
            }
        }
        // Only what a sentence states: "No data was lost" sets nothing.
        if (negated)
            continue;
        if (!m_figuresSeen.sla && sla.match(sentence).hasMatch()) {
            impact.slaBreached = true;
            m_figuresSeen.sla = true;
        }
        if (!m_figuresSeen.dataLost && dataLost.match(sentence).hasMatch()) {
            impact.dataLost = true;
            m_figuresSeen.dataLost = true;
        }
        if (!m_figuresSeen.dataCompromised && dataCompromised.match(sentence).hasMatch()) {
            impact.dataCompromised = true;
            m_figuresSeen.dataCompromised = true;
        }
    }
}

void MarkdownReader::readDetection()
{
    auto &detection = m_review.detection;
    const auto apply = [&](const KeyValue &pair, int line) {
        if (isKey(pair.key, {"method", "detection method", "detected by", "detected via", "source"})) {
            const auto method = detectionMethodFrom(pair.value);
            if (method)
                detection.method = *method;
            return method.has_value();
        }
        if (isKey(pair.key, {"time", "detected at", "detection time", "time of detection", "detected", "when"})) {
            const Moment moment = readMoment(pair.value);
            if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
                fail(line, moment.result == Moment::Result::BadDate
                               ? tr("\"%1\" is not a date.").arg(moment.fault)
                               : tr("\"%1\" is not a time of day.").arg(moment.fault));
                return false;
            }
            const QDate date = moment.date.isValid() ? moment.date : m_documentDate;
            if (moment.result != Moment::Result::Ok || !date.isValid() || !moment.hasTime || moment.unknownTime)
                return false;
            const Zone zone = moment.zone.value_or(m_documentZone.value_or(Zone{QStringLiteral("UTC"), 0, {}, {}}));
            detection.time = toUtc(date, moment.time, zone);
            return moment.length == pair.value.size();
        }
        return false;
    };
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Detection)])) {
        for (int b = part.first; b < part.last; ++b) {
            const Block &block = m_blocks[b];
            if (block.type == Block::Type::Paragraph) {
                for (int i = block.first; i < block.last; ++i) {
                    const auto pair = keyValueLine(m_body[i].text);
                    if (pair && apply(*pair, m_body[i].number))
                        m_consumed.insert(m_body[i].number);
                }
            } else if (block.type == Block::Type::List) {
                for (const auto &item : block.items) {
                    const auto pair = item.last - item.first == 1 ? keyValueLine(item.text) : std::nullopt;
                    if (pair && apply(*pair, item.line))
                        m_consumed.insert(item.line);
                }
            }
        }
    }
    readTextSection(SectionKey::Detection, detection.markdown);
}

// Triage is where the severity is decided: a "**Severity:** SEV2" line there sets it.
void MarkdownReader::readTriage()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Triage)])) {
        for (int b = part.first; b < part.last; ++b) {
            const Block &block = m_blocks[b];
            if (block.type != Block::Type::Paragraph && block.type != Block::Type::List)
                continue;
            for (int i = block.first; i < block.last; ++i) {
                const auto pair = keyValueLine(m_body[i].text);
                if (pair && isKey(pair->key, {"severity", "sev", "incident severity", "severity level"}) &&
                    applyMetadata(pair->key, pair->value, m_body[i].number, false))
                    m_consumed.insert(m_body[i].number);
            }
        }
    }
    readTextSection(SectionKey::Triage, m_review.triage);
}

void MarkdownReader::readShare()
{
    for (const auto &part : std::as_const(m_parts[int(SectionKey::Share)])) {
        for (int b = part.first; b < part.last; ++b) {
            const Block &block = m_blocks[b];
            if (block.type != Block::Type::Paragraph && block.type != Block::Type::List)
                continue;
            for (int i = block.first; i < block.last; ++i) {
                const auto pair = keyValueLine(m_body[i].text);
                if (pair && m_review.shareAudience.isEmpty() && !pair->value.isEmpty() &&
                    isKey(pair->key, {"audience", "shared with", "share with", "distribution", "recipients"})) {
                    m_review.shareAudience = pair->value;
                    m_consumed.insert(m_body[i].number);
                }
            }
        }
    }
    readTextSection(SectionKey::Share, m_review.share);
}

void MarkdownReader::finish()
{
    applyMilestoneTimes();
    std::stable_sort(m_notes.begin(), m_notes.end(), [](const Note &a, const Note &b) { return a.line < b.line; });
    for (const auto &note : std::as_const(m_notes))
        m_review.additional.append(note.note);
    if (!m_timeZoneExplicit)
        m_review.timeZone = m_timelineZone ? m_timelineZone->displayId : QStringLiteral("UTC");
    // Equal times keep the document's order. Most timelines are in order already.
    const auto earlier = [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; };
    if (!std::is_sorted(m_review.timeline.cbegin(), m_review.timeline.cend(), earlier))
        std::stable_sort(m_review.timeline.begin(), m_review.timeline.end(), earlier);
    checkMilestones();
    if (m_review.title.isEmpty())
        warn(0, tr("The document has no title (a first-level heading such as \"# Checkout outage\"); the review is "
                   "untitled."));
}

// As the JSON import does: kept as written, but the user hears about it.
void MarkdownReader::checkMilestones()
{
    for (const auto &warning : milestoneWarnings(m_review.timeline))
        warn(0, warning);
}

} // namespace hindsight::importing::mdimport
