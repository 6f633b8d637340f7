// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewbuilder.h"

#include "fuzzapplication.h"

#include <QBuffer>
#include <QImage>
#include <QTimeZone>

namespace hindsight::fuzz {

using model::Visibility;

namespace {

// Cleared from the fuzzer's texts, regardless of case: a public author of either name would make
// hers a public name, which is not redacted.
const std::array<QString, 2> nameParts = {QStringLiteral("katrin"), QStringLiteral("meier")};

QList<QByteArray> images;

QByteArray encoded(const char *format)
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.setText(QStringLiteral("Author"), QString::fromLatin1(imageMarker()));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format) || !bytes.contains(imageMarker()))
        fail("a test image carries the marker in its metadata", format);
    return bytes;
}

template <typename E>
E pick(FuzzedDataProvider &input, E last)
{
    return E(input.ConsumeIntegralInRange<int>(0, int(last)));
}

bool removeAll(QString &s, const QString &what)
{
    if (!s.contains(what, Qt::CaseInsensitive))
        return false;
    s.remove(what, Qt::CaseInsensitive);
    return true;
}

bool isPublic(const model::Review &review, model::SectionKey key)
{
    return review.visibility[int(key)] == Visibility::Public;
}

// secret with each character in which is one of ASCII punctuation or a space replaced.
QString replaced(const QString &secret, QString (*replacement)(QChar))
{
    QString result;
    for (const QChar c : secret) {
        const QString other = c.isPunct() || c.isSpace() ? replacement(c) : QString();
        result += other.isEmpty() ? QString(c) : other;
    }
    return result;
}

} // namespace

QString internalMarker()
{
    return QStringLiteral("\u27e6internal\u27e7");
}

QByteArray imageMarker()
{
    return QByteArrayLiteral("HindsightImageMarker");
}

const std::array<QString, 6> &secrets()
{
    static const std::array<QString, 6> all = {
        QStringLiteral("10.20.4.11"),
        QStringLiteral("fd12:3456:789a::11"),
        QStringLiteral("katrin.meier@example.com"),
        QStringLiteral("db-prod-3.internal"),
        QStringLiteral("db-prod-3.eu-west-1.example.com"),
        personName(),
    };
    return all;
}

QString personName()
{
    return QStringLiteral("Katrin Meier");
}

void prepareImages()
{
    images = {encoded("PNG"), encoded("JPEG")};
}

QString ReviewBuilder::text()
{
    const std::string bytes = m_input.ConsumeRandomLengthString(160);
    QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    s.remove(internalMarker().front());
    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto &secret : secrets())
            changed |= removeAll(s, secret);
        for (const auto &part : nameParts)
            changed |= removeAll(s, part);
    }
    return s;
}

QString ReviewBuilder::internalText()
{
    QString s = text();
    return s.insert(m_input.ConsumeIntegralInRange<qsizetype>(0, s.size()), internalMarker());
}

QString ReviewBuilder::publicText()
{
    QString s = text();
    if (m_input.ConsumeBool()) {
        const auto &secret = secrets()[m_input.ConsumeIntegralInRange<size_t>(0, secrets().size() - 1)];
        s.insert(m_input.ConsumeIntegralInRange<qsizetype>(0, s.size()),
                 QLatin1Char(' ') + spelled(secret) + QLatin1Char(' '));
    }
    return s;
}

// The spellings that rendering resolves into the secret (issue: redaction ran on the source
// only), and a few that it shows as written.
QString ReviewBuilder::spelled(const QString &secret)
{
    QString s = secret;
    switch (m_input.ConsumeIntegralInRange<int>(0, 9)) {
    case 0:
        return s;
    case 1: // escaped punctuation: 10\.20\.4\.11
        return replaced(s, [](QChar c) { return c.isSpace() ? QString() : QLatin1Char('\\') + QString(c); });
    case 2: // entities: katrin&#46;meier&#64;example.com
        return replaced(s, [](QChar c) { return QStringLiteral("&#%1;").arg(c.unicode()); });
    case 3: // emphasis inside: Kat**rin** Meier
        return s.insert(qMin(s.size(), qsizetype(6)), QStringLiteral("**")).insert(3, QStringLiteral("**"));
    case 4: // an HTML tag around its end: db-<b>prod-3.internal</b>
        return s.insert(3, QStringLiteral("<b>")) + QStringLiteral("</b>");
    case 5: // %-escapes in a link target: [mail](mailto:katrin%2Emeier%40example%2Ecom)
        return QStringLiteral("[mail](mailto:") +
               replaced(s, [](QChar c) { return QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0')); }) +
               QLatin1Char(')');
    case 6: // a zero-width space inside
        return s.insert(3, QChar(0x200b));
    case 7: // a code span
        return QLatin1Char('`') + s + QLatin1Char('`');
    case 8:
        return s.toUpper();
    default:
        return s + QStringLiteral("'s");
    }
}

Visibility ReviewBuilder::visibility()
{
    return m_input.ConsumeBool() ? Visibility::Public : Visibility::Internal;
}

QDateTime ReviewBuilder::time(model::TimePrecision precision)
{
    // 1970 to 2100, in the model's resolution.
    const auto ms = m_input.ConsumeIntegralInRange<qint64>(0, Q_INT64_C(4102444800000));
    QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    switch (precision) {
    case model::TimePrecision::Millisecond:
        break;
    case model::TimePrecision::Second:
        t = t.addMSecs(-(ms % 1000));
        break;
    case model::TimePrecision::Minute:
        t = t.addMSecs(-(ms % 60000));
        break;
    case model::TimePrecision::Day:
    case model::TimePrecision::UnknownTime:
        t = QDateTime(t.date(), QTime(0, 0), QTimeZone::utc());
        break;
    }
    return t;
}

model::Review ReviewBuilder::build()
{
    using model::SectionKey;
    model::Review r;
    for (auto &v : r.visibility)
        v = visibility();
    r.title = publicText();
    r.severity = m_input.ConsumeIntegralInRange<int>(0, 5);
    r.status = pick(m_input, model::Status::Published);
    const std::array<QString, 4> zones = {QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"),
                                          QStringLiteral("America/St_Johns"), text()};
    r.timeZone = zones[m_input.ConsumeIntegralInRange<size_t>(0, zones.size() - 1)];

    // Named to the customer when the section is public, so their names never carry private data.
    const bool authors = isPublic(r, SectionKey::Authors);
    for (int i = count(3); i > 0; --i)
        r.authors.append({0, authors ? text() : internalText(), textFor(authors), internalText()});

    r.summary = textFor(isPublic(r, SectionKey::Summary));
    const bool impact = isPublic(r, SectionKey::Impact);
    r.impact.user = textFor(impact);
    r.impact.business = textFor(impact);
    r.impact.team = textFor(impact);
    // A figure, not text: kept as written, so it never holds private data.
    r.impact.currency = impact ? text() : internalText();
    if (m_input.ConsumeBool())
        r.impact.usersAffected = m_input.ConsumeIntegralInRange<qint64>(0, Q_INT64_C(1000000000000));
    if (m_input.ConsumeBool())
        r.impact.revenueLost = double(m_input.ConsumeIntegralInRange<qint64>(0, Q_INT64_C(100000000000))) / 100;
    r.impact.slaBreached = m_input.ConsumeBool();
    r.impact.dataLost = m_input.ConsumeBool();
    r.impact.dataCompromised = m_input.ConsumeBool();

    r.detection.method = pick(m_input, model::DetectionMethod::Other);
    if (m_input.ConsumeBool())
        r.detection.time = time(model::TimePrecision::Millisecond);
    r.detection.markdown = textFor(isPublic(r, SectionKey::Detection));
    r.triage = textFor(isPublic(r, SectionKey::Triage));
    r.rootCauses = textFor(isPublic(r, SectionKey::RootCauses));
    r.resolution = textFor(isPublic(r, SectionKey::Resolution));
    r.shareAudience = textFor(isPublic(r, SectionKey::Share));
    r.share = textFor(isPublic(r, SectionKey::Share));

    // Her name comes from an internal event: redacted everywhere, whatever is left out.
    const auto first = model::TimePrecision::Minute;
    r.timeline.append({0, time(first), first, model::EventKind::Note, internalText(), personName(),
                       Visibility::Internal, model::Milestone::None, model::EventSource::Table});
    const bool timeline = isPublic(r, SectionKey::Timeline);
    for (int i = count(4); i > 0; --i) {
        model::TimelineEvent event;
        event.visibility = visibility();
        const bool shown = timeline && event.visibility == Visibility::Public;
        event.precision = pick(m_input, model::TimePrecision::UnknownTime);
        event.time = time(event.precision);
        event.kind = pick(m_input, model::EventKind::Communication);
        event.milestone = pick(m_input, model::Milestone::Resolved);
        event.source = pick(m_input, model::EventSource::Imported);
        event.text = textFor(shown);
        event.author = shown ? text() : internalText();
        r.timeline.insert(m_input.ConsumeIntegralInRange<qsizetype>(0, r.timeline.size()), event);
    }

    for (int i = count(3); i > 0; --i)
        r.lessons.append({0, pick(m_input, model::LessonKind::GotLucky), textFor(isPublic(r, SectionKey::Lessons))});

    const bool actions = isPublic(r, SectionKey::Actions);
    for (int i = count(3); i > 0; --i) {
        model::ActionItem action;
        action.visibility = visibility();
        const bool shown = actions && action.visibility == Visibility::Public;
        action.title = textFor(shown);
        action.type = pick(m_input, model::ActionType::Process);
        action.owner = shown ? text() : internalText();
        action.ticket = textFor(shown);
        action.priority = m_input.ConsumeIntegralInRange<int>(0, 4);
        if (m_input.ConsumeBool())
            action.due = time(model::TimePrecision::Day).date();
        action.status = pick(m_input, model::ActionStatus::WontDo);
        r.actions.append(action);
    }

    for (int i = count(2); i > 0; --i) {
        model::AdditionalNote note;
        note.visibility = visibility();
        const bool shown = note.visibility == Visibility::Public;
        note.heading = textFor(shown);
        note.markdown = textFor(shown);
        r.additional.append(note);
    }

    for (int i = count(2); i > 0; --i) {
        model::Figure figure;
        figure.section = pick(m_input, SectionKey::Share);
        figure.visibility = visibility();
        const bool shown = figure.visibility == Visibility::Public && isPublic(r, figure.section);
        figure.title = textFor(shown);
        figure.caption = textFor(shown);
        figure.source = textFor(shown);
        figure.image = images.at(m_input.ConsumeIntegralInRange<qsizetype>(0, images.size() - 1));
        r.figures.append(figure);
    }
    return r;
}

} // namespace hindsight::fuzz
