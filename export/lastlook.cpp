// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lastlook.h"

#include "audience.h"
#include "documentcontent.h"
#include "model/names.h"
#include "model/reviewmodel.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hindsight::exporting {

using namespace model;
using Kind = LastLookFinding::Kind;

namespace {

constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

struct Text
{
    QString text;
    ReviewPlace place;
};

QString shortened(const QString &text, int length = 40)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

ReviewPlace sectionPlace(SectionKey key)
{
    return {int(key), 0, enumLabel(key)};
}

// Every text of review that a reader of its export sees, with where it is edited.
QList<Text> textsOf(const Review &review)
{
    const DocumentContent content(review);
    QList<Text> texts;
    const auto add = [&texts](const QString &text, const ReviewPlace &place) {
        if (!text.trimmed().isEmpty())
            texts.append({text, place});
    };
    add(review.title, {-1, 0, LastLook::tr("Title")});
    for (const auto &author : review.authors) {
        const ReviewPlace place{int(SectionKey::Authors), author.id,
                                LastLook::tr("Author “%1”").arg(shortened(author.name))};
        add(author.name, place);
        add(author.role, place);
        add(author.contact, place);
    }
    add(review.summary, sectionPlace(SectionKey::Summary));
    for (const QString *text : {&review.impact.user, &review.impact.business, &review.impact.team})
        add(*text, sectionPlace(SectionKey::Impact));
    add(review.detection.markdown, sectionPlace(SectionKey::Detection));
    add(review.triage, sectionPlace(SectionKey::Triage));
    add(review.rootCauses, sectionPlace(SectionKey::RootCauses));
    add(review.resolution, sectionPlace(SectionKey::Resolution));
    for (const auto &event : review.timeline) {
        const ReviewPlace place{
            int(SectionKey::Timeline), event.id,
            LastLook::tr("Timeline event at %1").arg(content.dateTime(event.time, event.precision))};
        add(event.text, place);
        add(event.author, place);
    }
    for (const auto &lesson : review.lessons)
        add(lesson.text, {int(SectionKey::Lessons), lesson.id, enumLabel(SectionKey::Lessons)});
    for (const auto &action : review.actions) {
        const ReviewPlace place{int(SectionKey::Actions), action.id,
                                LastLook::tr("Action “%1”").arg(shortened(action.title))};
        add(action.title, place);
        add(action.owner, place);
        add(action.ticket, place);
    }
    add(review.shareAudience, sectionPlace(SectionKey::Share));
    add(review.share, sectionPlace(SectionKey::Share));
    for (const auto &note : review.additional) {
        const QString heading = note.heading.trimmed().isEmpty() ? LastLook::tr("Additional notes") : note.heading;
        const ReviewPlace place{ReviewModel::AdditionalNotesRow, note.id,
                                LastLook::tr("Note “%1”").arg(shortened(heading))};
        add(note.heading, place);
        add(note.markdown, place);
    }
    for (const auto &figure : review.figures) {
        const QString name = figure.title.trimmed().isEmpty() ? figure.caption : figure.title;
        const ReviewPlace place{int(figure.section), figure.id,
                                LastLook::tr("Figure “%1” in %2").arg(shortened(name), enumLabel(figure.section))};
        add(figure.title, place);
        add(figure.caption, place);
        for (const auto &series : figure.series)
            add(series.name, place);
    }
    return texts;
}

// The parts of review that only the internal version shows: the internal sections' texts, the
// internal parts of the Impact section and the internal rows, notes and figures.
QStringList internalTexts(const Review &review)
{
    Review internalOnly = review;
    const auto internal = [&review](SectionKey key) { return review.visibility[int(key)] != Visibility::Public; };
    if (!internal(SectionKey::Summary))
        internalOnly.summary.clear();
    if (!internal(SectionKey::Impact)) {
        // A public Impact section still has the parts that only the internal version shows.
        const std::pair<ImpactPart, QString *> texts[] = {{ImpactPart::User, &internalOnly.impact.user},
                                                          {ImpactPart::Business, &internalOnly.impact.business},
                                                          {ImpactPart::Team, &internalOnly.impact.team}};
        for (const auto &[part, text] : texts) {
            if (isInCustomerVersion(review, part))
                text->clear();
        }
    }
    if (!internal(SectionKey::Detection))
        internalOnly.detection = {};
    if (!internal(SectionKey::Triage))
        internalOnly.triage.clear();
    if (!internal(SectionKey::RootCauses))
        internalOnly.rootCauses.clear();
    if (!internal(SectionKey::Resolution))
        internalOnly.resolution.clear();
    if (!internal(SectionKey::Lessons))
        internalOnly.lessons.clear();
    if (!internal(SectionKey::Share)) {
        internalOnly.shareAudience.clear();
        internalOnly.share.clear();
    }
    if (!internal(SectionKey::Authors))
        internalOnly.authors.clear();
    const bool timelineInternal = internal(SectionKey::Timeline);
    internalOnly.timeline.removeIf([timelineInternal](const TimelineEvent &event) {
        return !timelineInternal && event.visibility == Visibility::Public;
    });
    const bool actionsInternal = internal(SectionKey::Actions);
    internalOnly.actions.removeIf([actionsInternal](const ActionItem &action) {
        return !actionsInternal && action.visibility == Visibility::Public;
    });
    internalOnly.additional.removeIf([](const AdditionalNote &note) { return note.visibility == Visibility::Public; });
    internalOnly.figures.removeIf([&review](const Figure &figure) {
        return figure.visibility == Visibility::Public && review.visibility[int(figure.section)] == Visibility::Public;
    });
    internalOnly.title.clear();
    QStringList texts;
    for (const auto &text : textsOf(internalOnly))
        texts.append(text.text);
    return texts;
}

bool isServiceWord(const QString &word)
{
    static const QSet<QString> parts{
        QStringLiteral("api"),      QStringLiteral("svc"),      QStringLiteral("service"),   QStringLiteral("db"),
        QStringLiteral("database"), QStringLiteral("worker"),   QStringLiteral("workers"),   QStringLiteral("proxy"),
        QStringLiteral("gateway"),  QStringLiteral("gw"),       QStringLiteral("job"),       QStringLiteral("jobs"),
        QStringLiteral("queue"),    QStringLiteral("cache"),    QStringLiteral("web"),       QStringLiteral("app"),
        QStringLiteral("backend"),  QStringLiteral("frontend"), QStringLiteral("server"),    QStringLiteral("cluster"),
        QStringLiteral("pool"),     QStringLiteral("cron"),     QStringLiteral("daemon"),    QStringLiteral("lb"),
        QStringLiteral("auth"),     QStringLiteral("idp"),      QStringLiteral("mq"),        QStringLiteral("broker"),
        QStringLiteral("consumer"), QStringLiteral("producer"), QStringLiteral("scheduler"), QStringLiteral("runner"),
        QStringLiteral("store"),    QStringLiteral("prod"),     QStringLiteral("staging"),   QStringLiteral("internal"),
    };
    if (word.contains(u'_'))
        return true;
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (word.contains(digit))
        return true;
    const QStringList split = word.toLower().split(u'-', Qt::SkipEmptyParts);
    return std::any_of(split.cbegin(), split.cend(), [](const QString &part) { return parts.contains(part); });
}

// The words of internal texts shaped like the name of a service or component, lower case.
QSet<QString> serviceNames(const QStringList &texts)
{
    static const QRegularExpression kebab(QStringLiteral("(?<![\\w./-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\\w/-])"),
                                          Unicode);
    static const QRegularExpression codeSpan(QStringLiteral("`([^`\\n]{3,60})`"));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][\\w.-]*[A-Za-z0-9]$"));
    static const QRegularExpression structured(QStringLiteral("[-_.\\d]|[a-z][A-Z]"));
    QSet<QString> names;
    for (const auto &text : texts) {
        for (auto it = kebab.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured();
            if (isServiceWord(word))
                names.insert(word.toLower());
        }
        for (auto it = codeSpan.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured(1).trimmed();
            if (word.size() >= 4 && identifier.match(word).hasMatch() && structured.match(word).hasMatch() &&
                !word.contains(u'/'))
                names.insert(word.toLower());
        }
    }
    return names;
}

bool isFileExtension(const QString &label)
{
    static const QSet<QString> extensions{
        QStringLiteral("yaml"), QStringLiteral("yml"),  QStringLiteral("json"),       QStringLiteral("toml"),
        QStringLiteral("ini"),  QStringLiteral("conf"), QStringLiteral("cfg"),        QStringLiteral("md"),
        QStringLiteral("txt"),  QStringLiteral("log"),  QStringLiteral("csv"),        QStringLiteral("png"),
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("gif"),        QStringLiteral("svg"),
        QStringLiteral("pdf"),  QStringLiteral("html"), QStringLiteral("htm"),        QStringLiteral("xml"),
        QStringLiteral("js"),   QStringLiteral("ts"),   QStringLiteral("py"),         QStringLiteral("go"),
        QStringLiteral("rs"),   QStringLiteral("java"), QStringLiteral("rb"),         QStringLiteral("sh"),
        QStringLiteral("sql"),  QStringLiteral("gz"),   QStringLiteral("zip"),        QStringLiteral("tar"),
        QStringLiteral("cpp"),  QStringLiteral("h"),    QStringLiteral("hpp"),        QStringLiteral("tf"),
        QStringLiteral("env"),  QStringLiteral("lock"), QStringLiteral("properties"), QStringLiteral("hindsight"),
    };
    return extensions.contains(label.toLower());
}

bool isTicketPrefix(const QString &key)
{
    // Standards and names written like a ticket key.
    static const QSet<QString> standards{
        QStringLiteral("UTF"),  QStringLiteral("ISO"),  QStringLiteral("SHA"),  QStringLiteral("AES"),
        QStringLiteral("RSA"),  QStringLiteral("CVE"),  QStringLiteral("RFC"),  QStringLiteral("MD"),
        QStringLiteral("IEC"),  QStringLiteral("DIN"),  QStringLiteral("EN"),   QStringLiteral("TLS"),
        QStringLiteral("SSL"),  QStringLiteral("HTTP"), QStringLiteral("SEV"),  QStringLiteral("COVID"),
        QStringLiteral("ECMA"), QStringLiteral("IPV"),  QStringLiteral("WCAG"), QStringLiteral("PCI"),
    };
    return !standards.contains(key.section(u'-', 0, 0));
}

QString alternativeOf(const QStringList &words)
{
    QStringList escaped;
    for (const auto &word : words)
        escaped.append(QRegularExpression::escape(word));
    return escaped.join(u'|');
}

struct Pass
{
    Kind kind;
    QRegularExpression expression;
    bool (*accept)(const QString &match) = nullptr;
};

class Scanner
{
public:
    explicit Scanner(const Review &review)
    {
        m_passes.append(
            {Kind::FilePath,
             QRegularExpression(
                 QStringLiteral("(?<![\\w/:.~-])(?:~|\\.{1,2})?/(?:[\\w.@+-]+/)+[\\w.@+-]*[\\w]"
                                "|(?<!\\w)[A-Za-z]:\\\\[^\\s`'\"<>|*?]+"
                                "|(?<![\\w/.~@-])[\\w-]+(?:\\.[\\w-]+)*(?:/[\\w.-]+)+\\.[A-Za-z][A-Za-z0-9]{0,5}"
                                "(?![\\w/])"),
                 Unicode)});
        m_passes.append(
            {Kind::HostName,
             QRegularExpression(
                 QStringLiteral("(?:(?<=//)|(?<![\\w.@/-]))(?:[A-Za-z0-9](?:[\\w-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}"
                                "(?![\\w-]|\\.\\w)"),
                 Unicode),
             [](const QString &match) { return !isFileExtension(match.section(u'.', -1)); }});
        m_passes.append(
            {Kind::HostName,
             QRegularExpression(QStringLiteral(
                 "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|["
                 "1-9]?\\d)(?![\\d]|\\.\\d)"))});
        m_passes.append(
            {Kind::TicketKey,
             QRegularExpression(QStringLiteral("(?<![\\w-])[A-Z][A-Z0-9]{1,9}-\\d{1,7}(?![\\w-])"), Unicode),
             [](const QString &match) { return isTicketPrefix(match); }});

        QStringList services = serviceNames(internalTexts(review)).values();
        // Longest first, so that "checkout-api-v2" wins over "checkout-api".
        std::sort(services.begin(), services.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        if (!services.isEmpty()) {
            m_passes.append(
                {Kind::ServiceName, QRegularExpression(QStringLiteral("(?<![\\w-])(?:") + alternativeOf(services) +
                                                           QStringLiteral(")(?![\\w-])"),
                                                       Unicode | QRegularExpression::CaseInsensitiveOption)});
        }

        // Every name the redaction knows, whether or not the user redacts them, and whoever the
        // Authors section shows them to.
        Review named = review;
        named.visibility[int(SectionKey::Authors)] = Visibility::Internal;
        RedactionRules nameRules;
        nameRules.peopleNames = true;
        const QStringList names = Redactor(named, nameRules).names();
        QStringList alternatives;
        for (const auto &name : names) {
            const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
            if (words.size() > 1) {
                QStringList escaped;
                for (const auto &word : words)
                    escaped.append(QRegularExpression::escape(word));
                alternatives.append(QStringLiteral("(?i:") + escaped.join(QStringLiteral("\\s+")) + QLatin1Char(')'));
            } else {
                QString capitalised = name;
                capitalised[0] = capitalised[0].toUpper();
                alternatives.append(alternativeOf({name, name.toUpper(), capitalised}));
            }
        }
        if (!alternatives.isEmpty()) {
            m_passes.append(
                {Kind::PersonName,
                 QRegularExpression(
                     QStringLiteral("(?<!\\w)(?:") + alternatives.join(u'|') + QStringLiteral(")(?!\\w)"), Unicode)});
        }

        const QString number = QStringLiteral("\\d(?:[\\d.,'\\x{202F}\\x{00A0}]*\\d)?");
        const QString scale = QStringLiteral("(?:\\s?(?:k|K|m|M|bn|million|billion|thousand|Mio\\.?|Mrd\\.?))?");
        const QString codes = QStringLiteral("EUR|USD|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|INR|CNY");
        const QString words = QStringLiteral("[Ee]uros?|[Dd]ollars?|[Pp]ounds? sterling|[Pp]ounds?");
        m_passes.append(
            {Kind::Amount,
             QRegularExpression(QStringLiteral("[€$£¥]\\s?") + number + scale +
                                    QStringLiteral("(?!\\w)"
                                                   "|(?<![\\w.,])") +
                                    number + scale + QStringLiteral("\\s?(?:") + codes + u'|' + words +
                                    QStringLiteral("|€|\\$|£)(?!\\w)"
                                                   "|(?<!\\w)(?:") +
                                    codes + QStringLiteral(")\\s?") + number + scale + QStringLiteral("(?!\\w)"),
                                Unicode)});
    }

    QList<LastLookFinding> scan(const Text &text) const
    {
        static const QRegularExpression url(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^\\s)<>\\]]+"));
        QList<std::pair<qsizetype, qsizetype>> urls;
        for (auto it = url.globalMatch(text.text); it.hasNext();) {
            const auto match = it.next();
            urls.append({match.capturedStart(), match.capturedEnd()});
        }
        QList<std::pair<qsizetype, qsizetype>> taken;
        const auto overlaps = [](const QList<std::pair<qsizetype, qsizetype>> &ranges, qsizetype start, qsizetype end) {
            return std::any_of(ranges.cbegin(), ranges.cend(),
                               [=](const auto &range) { return start < range.second && range.first < end; });
        };
        QList<std::pair<qsizetype, LastLookFinding>> found;
        for (const auto &pass : m_passes) {
            for (auto it = pass.expression.globalMatch(text.text); it.hasNext();) {
                const auto match = it.next();
                const qsizetype start = match.capturedStart();
                const qsizetype end = match.capturedEnd();
                if (overlaps(taken, start, end) || (pass.kind == Kind::FilePath && overlaps(urls, start, end)))
                    continue;
                if (pass.accept && !pass.accept(match.captured()))
                    continue;
                taken.append({start, end});
                found.append({start, {pass.kind, match.captured(), excerpt(text.text, start, end), text.place}});
            }
        }
        // In reading order, as the user meets them.
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<LastLookFinding> findings;
        for (const auto &entry : std::as_const(found))
            findings.append(entry.second);
        return findings;
    }

private:
    static QString excerpt(const QString &text, qsizetype start, qsizetype end)
    {
        constexpr qsizetype Around = 32;
        qsizetype from = std::max<qsizetype>(0, start - Around);
        qsizetype to = std::min(text.size(), end + Around);
        while (from > 0 && from < start && !text.at(from - 1).isSpace())
            ++from;
        while (to < text.size() && to > end && !text.at(to).isSpace())
            --to;
        QString shown = text.mid(from, to - from).simplified();
        if (from > 0)
            shown.prepend(QChar(0x2026));
        if (to < text.size())
            shown.append(QChar(0x2026));
        return shown;
    }

    QList<Pass> m_passes;
};

} // namespace

QList<LastLookFinding> LastLook::scan(const Review &review, const RedactionRules &rules)
{
    const Review customer = customerView(review, rules);
    const Scanner scanner(review);
    QList<LastLookFinding> findings;
    for (const auto &text : textsOf(customer))
        findings += scanner.scan(text);
    // The revenue lost is a figure, not text, but the report prints it with its currency.
    if (customer.impact.revenueLost) {
        const double amount = *customer.impact.revenueLost;
        QString shown = QLocale(QLocale::English).toString(amount, 'f', amount == std::floor(amount) ? 0 : 2);
        if (!customer.impact.currency.trimmed().isEmpty())
            shown += u' ' + customer.impact.currency.trimmed();
        findings.append({Kind::Amount, shown, tr("Revenue lost: %1").arg(shown), sectionPlace(SectionKey::Impact)});
    }
    return findings;
}

QString LastLook::kindLabel(LastLookFinding::Kind kind)
{
    switch (kind) {
    case Kind::HostName:
        return tr("Host name");
    case Kind::ServiceName:
        return tr("Internal service name");
    case Kind::TicketKey:
        return tr("Ticket key");
    case Kind::FilePath:
        return tr("File path");
    case Kind::PersonName:
        return tr("Person's name");
    case Kind::Amount:
        return tr("Amount of money");
    }
    return {};
}

} // namespace hindsight::exporting
