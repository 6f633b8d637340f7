// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactreader.h"

#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"
#include "import/markdown/textsectionreader.h"

#include <QRegularExpression>

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

std::optional<bool> booleanFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    if (isOneOf(value, {"yes", "y", "true", "breached", "lost", "compromised", "exposed", "1"}) ||
        text.trimmed() == u"✓" || text.trimmed() == u"✅")
        return true;
    if (isOneOf(value, {"no", "n", "false", "none", "not breached", "not lost", "not compromised", "0", "na"}) ||
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

} // namespace

void ImpactReader::read()
{
    auto &impact = m_context.review.impact;
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
    for (const auto &part : std::as_const(m_context.inlineParts[int(SectionKey::Impact)])) {
        QString &text = field(part.meaning.part);
        text = TextSectionReader::joinParagraphs(text, part.markdown);
    }
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Impact)])) {
        HeadingPart target = part.meaning.part;
        int chunk = part.first;
        const auto flush = [&](int end) {
            readFigures(chunk, end);
            QString &text = field(target);
            text = TextSectionReader::joinParagraphs(text, m_context.markdown(chunk, end));
        };
        for (int i = part.first; i < part.last; ++i) {
            if (cmark_node_get_type(m_context.block(i)) != CMARK_NODE_HEADING)
                continue;
            const auto sub = subheadingMeaning(m_context.headingText(m_context.block(i)), SectionKey::Impact);
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

void ImpactReader::readFigures(int firstBlock, int lastBlock)
{
    auto &impact = m_context.review.impact;
    const auto apply = [&](const KeyValue &pair) {
        const QString &key = pair.key;
        static const QRegularExpression count(
            QStringLiteral(R"(^(\d[\d,.\s]*?)\s*(k|thousand|m|million)?\s*(?:users|customers|people|accounts)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression amount(
            QStringLiteral(R"(^([€$£¥])?\s*(\d[\d,.\s]*?)\s*(k|thousand|m|million)?\s*([A-Za-z]{3}|[€$£¥]|euros?|)"
                           R"(dollars?|pounds?)?$)"),
            QRegularExpression::CaseInsensitiveOption);
        if (isOneOf(key, {"users affected", "affected users", "customers affected", "affected customers",
                          "users impacted", "impacted users", "customers impacted"})) {
            const auto match = count.match(pair.value);
            const auto number = match.hasMatch() ? numberFrom(match.captured(1)) : std::nullopt;
            if (!number)
                return false;
            impact.usersAffected = qint64(scaled(*number, match.capturedView(2)));
            m_figuresSeen.users = true;
            return true;
        }
        if (isOneOf(key, {"revenue lost", "lost revenue", "revenue loss", "estimated revenue lost"})) {
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
        if (isOneOf(key, {"sla breached", "sla breach", "sla violated"})) {
            target = &impact.slaBreached;
            seen = &m_figuresSeen.sla;
        } else if (isOneOf(key, {"data lost", "data loss"})) {
            target = &impact.dataLost;
            seen = &m_figuresSeen.dataLost;
        } else if (isOneOf(key, {"data compromised", "data exposed", "data leaked"})) {
            target = &impact.dataCompromised;
            seen = &m_figuresSeen.dataCompromised;
        }
        if (!target || !(flag = booleanFrom(pair.value)))
            return false;
        *target = *flag;
        *seen = true;
        return true;
    };

    const MarkdownSource &source = m_context.source();
    for (int b = firstBlock; b < lastBlock; ++b) {
        cmark_node *block = m_context.block(b);
        const auto type = cmark_node_get_type(block);
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_LIST) {
            for (const auto &line : source.keyLines(block)) {
                const auto pair = keyValue(line.plain, line.written);
                if (pair && apply(*pair))
                    m_context.consume(line.number);
            }
        } else if (MarkdownTree::typeName(block) == u"table" && MarkdownTree::tableColumns(block) == 2) {
            // | Users affected | 8,430 |: the header is often the first pair.
            const auto pair = [&source](const TableCell &key, const TableCell &value) {
                const QString label = source.cellPlain(key);
                return KeyValue{normalizedHeading(label), source.cellPlain(value), label, source.cellWritten(value)};
            };
            const auto header = source.headerCells(block);
            bool all = apply(pair({header.value(0), {}}, {header.value(1), {}}));
            for (const auto &row : source.rows(block))
                all = row.written == 2 && apply(pair(row.cells[0], row.cells[1])) && all;
            if (all)
                m_context.consume(block);
        }
    }
}

void ImpactReader::figuresFromProse()
{
    auto &impact = m_context.review.impact;
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

} // namespace hindsight::importing::mdimport
