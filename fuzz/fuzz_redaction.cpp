// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The customer version as a property: from the input, a review is built whose texts are the
// fuzzer's, with a marker put into everything internal (internal sections, rows and figures,
// authors' contacts, the metadata of public images) and known private data (an IP address, an
// e-mail address, host names, a person's name) put as words of their own into public texts. The
// customer JSON and Markdown (with its image files) must hold neither. The fuzzer's own texts
// are cleared of the marker and the private data first, so that only what this file put in can
// be found.
#include "export/json/jsonformat.h"
#include "export/markdown/markdownexporter.h"
#include "fuzzapplication.h"
#include "model/names.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <array>
#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

using namespace hindsight;
using model::Visibility;

namespace {

// Nothing but the review's internal parts holds this character.
const QString marker = QStringLiteral("\u27e6internal\u27e7");
const QByteArray markerBytes = QStringLiteral("\u27e6").toUtf8();
// Image text is Latin-1; the fuzzer never writes image bytes, so any word will do.
const QByteArray imageMarker = "HindsightImageMarker";

// What the built-in redaction rules must catch. "Katrin Meier" is the author of an internal event,
// so her name is to be redacted wherever it appears.
const QString personName = QStringLiteral("Katrin Meier");
const std::array<QString, 6> secrets = {
    QStringLiteral("10.20.4.11"),
    QStringLiteral("fd12:3456:789a::11"),
    QStringLiteral("katrin.meier@example.com"),
    QStringLiteral("db-prod-3.internal"),
    QStringLiteral("db-prod-3.eu-west-1.example.com"),
    personName,
};
// Cleared from the fuzzer's texts, regardless of case: a public author of either name would make
// hers a public name, which is not redacted.
const std::array<QString, 2> nameParts = {QStringLiteral("katrin"), QStringLiteral("meier")};

QList<QByteArray> images;

QByteArray encoded(const char *format)
{
    QImage image(3, 2, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    image.setText(QStringLiteral("Author"), QString::fromLatin1(imageMarker));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format) || !bytes.contains(imageMarker))
        fuzz::fail("a test image carries the marker in its metadata", format);
    return bytes;
}

template <typename E>
E pick(FuzzedDataProvider &input, E last)
{
    return E(input.ConsumeIntegralInRange<int>(0, int(last)));
}

class ReviewBuilder
{
public:
    explicit ReviewBuilder(FuzzedDataProvider &input) : m_input(input) {}

    model::Review build();

private:
    // A text of the fuzzer's, without the marker or anything private.
    QString text()
    {
        const std::string bytes = m_input.ConsumeRandomLengthString(160);
        QString s = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        s.remove(QChar(0x27e6));
        bool changed = true;
        while (changed) {
            changed = false;
            for (const auto &secret : secrets)
                changed |= removeAll(s, secret);
            for (const auto &part : nameParts)
                changed |= removeAll(s, part);
        }
        return s;
    }
    static bool removeAll(QString &s, const QString &what)
    {
        if (!s.contains(what, Qt::CaseInsensitive))
            return false;
        s.remove(what, Qt::CaseInsensitive);
        return true;
    }
    QString internalText()
    {
        QString s = text();
        return s.insert(m_input.ConsumeIntegralInRange<qsizetype>(0, s.size()), marker);
    }
    // A text that may hold private data, as a word of its own.
    QString publicText()
    {
        QString s = text();
        if (m_input.ConsumeBool()) {
            const auto &secret = secrets[m_input.ConsumeIntegralInRange<size_t>(0, secrets.size() - 1)];
            s.insert(m_input.ConsumeIntegralInRange<qsizetype>(0, s.size()),
                     QLatin1Char(' ') + secret + QLatin1Char(' '));
        }
        return s;
    }
    QString textFor(bool isPublic) { return isPublic ? publicText() : internalText(); }
    Visibility visibility() { return m_input.ConsumeBool() ? Visibility::Public : Visibility::Internal; }
    bool isPublic(const model::Review &review, model::SectionKey key) const
    {
        return review.visibility[int(key)] == Visibility::Public;
    }
    int count(int most) { return m_input.ConsumeIntegralInRange<int>(0, most); }
    QDateTime time(model::TimePrecision precision)
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

    FuzzedDataProvider &m_input;
};

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
    r.timeline.append({0, time(first), first, model::EventKind::Note, internalText(), personName, Visibility::Internal,
                       model::Milestone::None, model::EventSource::Table});
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

QString leakIn(const QByteArray &output)
{
    if (output.contains(markerBytes))
        return QStringLiteral("an internal text");
    if (output.contains(imageMarker))
        return QStringLiteral("an image's metadata");
    for (const auto &secret : secrets) {
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
        if (decoded && decoded.decoded.contains(imageMarker))
            return QStringLiteral("an image's metadata");
    }
    return {};
}

// What the customer JSON and Markdown of review let through: empty when nothing.
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
        if (asset.figure.image.contains(imageMarker))
            return QStringLiteral("Markdown: an image's metadata in ") + asset.fileName;
    }
    return {};
}

// The property means something only if a public marker does reach the output.
void checkMarkerShowsWhenPublic()
{
    model::Review review;
    review.summary = marker;
    exporting::ExportOptions options;
    options.audience = exporting::ExportOptions::Audience::Customer;
    if (!exporting::reviewToJson(review, options).contains(markerBytes) ||
        !exporting::reviewToMarkdown(review, options).contains(markerBytes)) {
        fuzz::fail("a public marker reaches the customer output, so its absence says something");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startGuiApplication();
    images = {encoded("PNG"), encoded("JPEG")};
    checkMarkerShowsWhenPublic();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const model::Review review = ReviewBuilder(input).build();
    if (const auto leak = leaks(review, input.ConsumeBool()); !leak.isEmpty()) {
        fuzz::fail("the customer version holds nothing internal and no private data",
                   leak.toUtf8() + " leaked from:\n" + exporting::reviewToJson(review));
    }
    return 0;
}
