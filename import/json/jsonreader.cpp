// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "import/json/jsonimporter.h"
#include "import/json/jsonsyntax.h"
#include "import/textfile.h"
#include "model/comments.h"
#include "model/figures.h"
#include "model/names.h"
#include "model/reviewfields.h"
#include "model/rows.h"
#include "model/timeformat.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hindsight::importing {

using namespace model;

namespace {

const auto formatName = QStringLiteral("hindsight-review");

// The largest integer a double holds exactly: JSON readers elsewhere cannot go further
// (RFC 8259, section 6).
constexpr qint64 largestExactInteger = qint64(1) << 53;

// RFC 4648's alphabet with its padding: what the writer produces, and all that is read back. Qt's
// decoder alone takes text with missing or misplaced "=".
bool isPaddedBase64(QStringView text)
{
    if (text.size() % 4 != 0)
        return false;
    qsizetype end = text.size();
    for (int padding = 0; padding < 2 && end > 0 && text[end - 1] == u'='; ++padding)
        --end;
    return std::all_of(text.begin(), text.begin() + end, [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' ||
               u == u'/';
    });
}

QString fieldPath(const QString &parent, QStringView key)
{
    return parent.isEmpty() ? key.toString() : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A value as a message quotes it: on one line and short, so the message stays one line.
QString quoted(const QString &text)
{
    constexpr qsizetype maxLength = 40;
    qsizetype length = qMin(text.size(), maxLength);
    if (length < text.size() && text.at(length - 1).isHighSurrogate())
        --length;
    QString shown = length < text.size() ? text.left(length) + QStringLiteral("…") : text;
    for (auto &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

template <typename E>
QString allowedKeys()
{
    QStringList keys;
    for (const auto &entry : EnumInfo<E>::entries) {
        if (*entry.key)
            keys.append(QLatin1Char('"') + QLatin1StringView(entry.key) + QLatin1Char('"'));
    }
    return keys.join(QStringLiteral(", "));
}

struct ParsedTime
{
    QDateTime utc;     // invalid when the text is not a valid time
    QDate writtenDate; // the date as written, before conversion to UTC
    bool zoneMissing = false;
};

// ISO 8601 extended format with a zone, as RFC 3339 profiles it; seconds and fractions may be
// left out and an offset may replace Z, because other tools write them so.
ParsedTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const auto match = pattern.match(text);
    ParsedTime parsed;
    if (!match.hasMatch())
        return parsed;
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = match.captured(7).leftJustified(3, QLatin1Char('0')).left(3);
    const QTime time(number(4), number(5), number(6), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return parsed;
    parsed.writtenDate = date;
    int offsetSeconds = 0;
    if (match.capturedView(8).isEmpty()) {
        if (match.capturedView(9).isEmpty()) {
            parsed.zoneMissing = true;
            return parsed;
        }
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return parsed;
        offsetSeconds = (hours * 60 + minutes) * 60 * (match.capturedView(9) == u"-" ? -1 : 1);
    }
    parsed.utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    return parsed;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonReader::tr("null");
    case QJsonValue::Bool:
        return JsonReader::tr("a boolean");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("a string");
    case QJsonValue::Array:
        return JsonReader::tr("an array");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::tr("nothing");
}

} // namespace

ImportResult JsonReader::read(const QByteArray &data)
{
    if (const QString problem = TextFile::problem(data); !problem.isEmpty())
        return {std::nullopt, problem, {}};
    const QByteArray text = TextFile::withoutByteOrderMark(data);
    if (const auto syntax = JsonSyntax::check(text)) {
        const auto at = TextFile::position(text, syntax->offset);
        return {std::nullopt,
                tr("Line %1, column %2: not valid JSON: %3.").arg(at.line).arg(at.column).arg(syntax->message),
                {}};
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto at = TextFile::position(text, parseError.offset);
        return {std::nullopt,
                tr("Line %1, column %2: not valid JSON: %3.").arg(at.line).arg(at.column).arg(parseError.errorString()),
                {}};
    }
    if (!document.isObject()) {
        return {std::nullopt, tr("This is not a Hindsight review: the top level is an array, not a JSON object."), {}};
    }
    JsonReader reader;
    auto review = reader.review(document.object());
    if (!reader.m_error.isEmpty())
        return {std::nullopt, reader.m_error, {}};
    return {std::move(review), {}, reader.m_warnings};
}

bool JsonReader::checkIdentity(const QJsonObject &root)
{
    const auto format = root.value(u"format");
    if (format.isUndefined()) {
        fail(tr("This is not a Hindsight review: it has no \"format\" field (a review has \"format\": \"%1\").")
                 .arg(formatName));
        return false;
    }
    if (format.toString() != formatName) {
        const QString found = format.isString() ? quoted(format.toString()) : typeName(format);
        fail(tr("This is not a Hindsight review: format is %1, not \"%2\".").arg(found, formatName));
        return false;
    }
    const auto version = root.value(u"formatVersion");
    if (version.isUndefined() || version.isNull()) {
        fail(tr("formatVersion: missing; a review says which version of the format it follows."));
        return false;
    }
    if (!version.isDouble() || std::trunc(version.toDouble()) != version.toDouble()) {
        const QString found = version.isDouble() ? numberText(version.toDouble()) : typeName(version);
        fail(tr("formatVersion: expected a whole number, found %1.").arg(found));
        return false;
    }
    if (version.toDouble() < 1) {
        fail(tr("formatVersion: %1 is not a format version.").arg(numberText(version.toDouble())));
        return false;
    }
    if (version.toDouble() > JsonFormatVersion) {
        fail(tr("This review was written by a newer Hindsight (format version %1; this version reads %2).")
                 .arg(numberText(version.toDouble()))
                 .arg(JsonFormatVersion));
        return false;
    }
    return true;
}

std::optional<Review> JsonReader::review(const QJsonObject &root)
{
    if (!checkIdentity(root))
        return std::nullopt;

    Review review;
    // Nothing becomes public by omission (format rule 12).
    review.visibility.fill(Visibility::Internal);
    review.title = string(root, {}, u"title");
    review.severity = int(integer(root, {}, u"severity", 1, 5).value_or(0));
    review.status = enumeration<Status>(root, {}, u"status", tr("a review status")).value_or(Status::Draft);
    review.timeZone = string(root, {}, u"timeZone", QStringLiteral("UTC"));
    // Kept even when unknown here: the zone database of another machine may know it, and the
    // model shows times in UTC meanwhile.
    if (m_error.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(review.timeZone.toUtf8()))
        m_warnings.append(tr("timeZone: %1 is not a time zone this system knows; times are shown in UTC.")
                              .arg(quoted(review.timeZone)));

    const auto authors = array(root, {}, u"authors");
    for (qsizetype i = 0; i < authors.size(); ++i)
        review.authors.append(person(authors.at(i), indexPath(QStringLiteral("authors"), i)));

    readSections(object(root, {}, u"sections"), review);

    const auto timeline = array(root, {}, u"timeline");
    for (qsizetype i = 0; i < timeline.size(); ++i)
        review.timeline.append(event(timeline.at(i), indexPath(QStringLiteral("timeline"), i)));
    std::stable_sort(review.timeline.begin(), review.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });

    const auto figures = array(root, {}, u"figures");
    for (qsizetype i = 0; i < figures.size() && m_error.isEmpty(); ++i)
        review.figures.append(figure(figures.at(i), indexPath(QStringLiteral("figures"), i)));

    const auto actions = array(root, {}, u"actions");
    for (qsizetype i = 0; i < actions.size(); ++i)
        review.actions.append(action(actions.at(i), indexPath(QStringLiteral("actions"), i)));

    // Through the field, which keeps each id once and in order, as the review file does.
    setFieldValue(review, Field::DismissedChecks, strings(root, {}, u"dismissedChecks").join(QLatin1Char('\n')));

    // The identity is kept, so that an exported and imported review is still the same review.
    review.id = uuid(root, {}, u"id", false);
    readDiscussion(root, review);

    if (!m_error.isEmpty())
        return std::nullopt;
    checkMilestones(review.timeline);
    return review;
}

QUuid JsonReader::uuid(const QJsonObject &obj, const QString &path, QStringView key, bool required)
{
    const auto where = fieldPath(path, key);
    const QString text = string(obj, path, key);
    if (!m_error.isEmpty())
        return {};
    if (text.isEmpty()) {
        if (required)
            fail(tr("%1: missing; it is the record's UUID.").arg(where));
        return {};
    }
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        fail(tr("%1: %2 is not a UUID.").arg(where, quoted(text)));
    return id;
}

void JsonReader::readDiscussion(const QJsonObject &root, Review &review)
{
    const auto reviewers = array(root, {}, u"reviewers");
    for (qsizetype i = 0; i < reviewers.size(); ++i) {
        const auto path = indexPath(QStringLiteral("reviewers"), i);
        const auto obj = element(reviewers.at(i), path);
        review.reviewers.append({0, string(obj, path, u"name"), string(obj, path, u"role")});
    }
    const auto signOffs = array(root, {}, u"signOffs");
    for (qsizetype i = 0; i < signOffs.size(); ++i) {
        const auto path = indexPath(QStringLiteral("signOffs"), i);
        const auto obj = element(signOffs.at(i), path);
        SignOff signOff;
        signOff.id = uuid(obj, path, u"id", true);
        signOff.reviewer = string(obj, path, u"reviewer");
        signOff.verdict = enumeration<Verdict>(obj, path, u"verdict", tr("a verdict")).value_or(Verdict::Approved);
        signOff.time = time(obj, path, u"time", TimePrecision::Millisecond);
        if (!signOff.time.isValid() && m_error.isEmpty())
            fail(tr("%1: missing; every sign-off has a time.").arg(fieldPath(path, u"time")));
        signOff.text = string(obj, path, u"markdown");
        review.signOffs.append(signOff);
    }
    const auto threads = array(root, {}, u"comments");
    if (threads.isEmpty())
        return;
    // Anchors name rows by their place in this file's lists; the rows get their ids now.
    assignMissingRowIds(review);
    QList<CommentRecord> records;
    for (qsizetype i = 0; i < threads.size() && m_error.isEmpty(); ++i)
        readThread(threads.at(i), indexPath(QStringLiteral("comments"), i), review, records);
    review.comments = records;
    sortRecords(review.comments);
    sortRecords(review.signOffs);
}

// A comment as the records of its post and latest edit. The edit's id is made from the
// comment's and the edit's time, so that reading the same file twice makes the same records.
CommentRecord JsonReader::comment(const QJsonObject &obj, const QString &path, QList<CommentRecord> &records)
{
    CommentRecord post;
    post.id = uuid(obj, path, u"id", true);
    post.author = string(obj, path, u"author");
    post.time = time(obj, path, u"time", TimePrecision::Millisecond);
    if (!post.time.isValid() && m_error.isEmpty())
        fail(tr("%1: missing; every comment has a time.").arg(fieldPath(path, u"time")));
    post.text = string(obj, path, u"markdown");
    const QDateTime edited = time(obj, path, u"edited", TimePrecision::Millisecond);
    if (edited.isValid()) {
        CommentRecord edit;
        edit.change = CommentChange::Edit;
        edit.id = QUuid::createUuidV5(post.id, QStringLiteral("edit ") + edited.toString(Qt::ISODateWithMs));
        edit.target = post.id;
        edit.author = post.author;
        edit.time = edited;
        edit.text = post.text;
        records.append(edit);
    }
    return post;
}

void JsonReader::readThread(const QJsonValue &value, const QString &path, const Review &review,
                            QList<CommentRecord> &records)
{
    const auto obj = element(value, path);
    CommentRecord first = comment(obj, path, records);
    first.anchor = anchor(object(obj, path, u"anchor"), fieldPath(path, u"anchor"), review);
    if (!m_error.isEmpty())
        return;
    records.append(first);
    const auto replies = array(obj, path, u"replies");
    for (qsizetype i = 0; i < replies.size() && m_error.isEmpty(); ++i) {
        const auto replyPath = indexPath(fieldPath(path, u"replies"), i);
        CommentRecord reply = comment(element(replies.at(i), replyPath), replyPath, records);
        reply.target = first.id;
        records.append(reply);
    }
    const auto resolved = present(obj, u"resolved");
    if (!resolved || !m_error.isEmpty())
        return;
    const auto resolvedPath = fieldPath(path, u"resolved");
    const auto resolution = element(*resolved, resolvedPath);
    CommentRecord resolve;
    resolve.change = CommentChange::Resolve;
    resolve.target = first.id;
    resolve.author = string(resolution, resolvedPath, u"by");
    resolve.time = time(resolution, resolvedPath, u"time", TimePrecision::Millisecond);
    if (!resolve.time.isValid() && m_error.isEmpty())
        fail(tr("%1: missing; a resolution has a time.").arg(fieldPath(resolvedPath, u"time")));
    resolve.text = string(resolution, resolvedPath, u"decision");
    resolve.id = QUuid::createUuidV5(first.id, QStringLiteral("resolve ") + resolve.time.toString(Qt::ISODateWithMs));
    records.append(resolve);
}

CommentAnchor JsonReader::anchor(const QJsonObject &obj, const QString &path, const Review &review)
{
    CommentAnchor anchor;
    if (!m_error.isEmpty())
        return anchor;
    const auto section = enumeration<SectionKey>(obj, path, u"section", tr("a section"));
    if (!section && m_error.isEmpty())
        fail(tr("%1: missing; a comment belongs to a section.").arg(fieldPath(path, u"section")));
    anchor.section = section.value_or(SectionKey::Summary);
    anchor.kind = enumeration<AnchorKind>(obj, path, u"kind", tr("an anchor kind")).value_or(AnchorKind::Section);
    switch (anchor.kind) {
    case AnchorKind::Section:
        break;
    case AnchorKind::Passage:
        anchor.field = string(obj, path, u"field");
        anchor.quote = string(obj, path, u"quote");
        anchor.position = int(integer(obj, path, u"position", 0, std::numeric_limits<int>::max()).value_or(0));
        break;
    case AnchorKind::Row: {
        anchor.rowTable = string(obj, path, u"table");
        const auto index = integer(obj, path, u"row", 0, std::numeric_limits<int>::max());
        bool known = false;
        forEachRowType([&]<typename Row>() {
            if (anchor.rowTable != QLatin1StringView(RowTraits<Row>::sqlTable))
                return;
            known = true;
            const auto &rows = review.*RowTraits<Row>::list;
            // A row that was gone when the file was written stays gone: no id matches it.
            if (index && *index < rows.size())
                anchor.rowId = rows.at(*index).id;
        });
        if (!known && m_error.isEmpty())
            fail(tr("%1: %2 is not a kind of row.").arg(fieldPath(path, u"table"), quoted(anchor.rowTable)));
        break;
    }
    }
    return anchor;
}

void JsonReader::readImpactParts(const QJsonObject &section, const QString &path, Review &review)
{
    const auto partsPath = fieldPath(path, QStringLiteral("partVisibility"));
    const auto parts = object(section, path, u"partVisibility");
    bool anyContent = false;
    for (const auto part : enumValues<ImpactPart>()) {
        const auto key = enumKey(part);
        review.impact.visibility[int(part)] =
            enumeration<Visibility>(parts, partsPath, key, tr("a visibility")).value_or(Visibility::Internal);
        anyContent = anyContent || section.contains(key);
    }
    // A file written before the parts had their own visibility (they followed the section's):
    // rule 12 makes them internal, which keeps safe what was shared before, but says less.
    if (!section.contains(u"partVisibility") && anyContent &&
        review.visibility[int(SectionKey::Impact)] == Visibility::Public) {
        m_warnings.append(tr("sections.impact: its parts have no visibility of their own, so all of them are internal "
                             "and the customer version leaves the impact out; make the parts to share public in the "
                             "Impact section."));
    }
}

void JsonReader::readSections(const QJsonObject &sections, Review &review)
{
    const auto sectionsPath = QStringLiteral("sections");
    for (const auto key : allSections()) {
        const auto name = enumKey(key);
        const auto path = fieldPath(sectionsPath, name);
        const auto section = object(sections, sectionsPath, name);
        review.visibility[int(key)] =
            enumeration<Visibility>(section, path, u"visibility", tr("a visibility")).value_or(Visibility::Internal);
        switch (key) {
        case SectionKey::Authors:
        case SectionKey::Timeline:
        case SectionKey::Actions:
            // Their rows are top-level arrays.
            break;
        case SectionKey::Summary:
            review.summary = string(section, path, u"markdown");
            break;
        case SectionKey::Impact: {
            auto &impact = review.impact;
            impact.user = string(section, path, u"user");
            impact.business = string(section, path, u"business");
            impact.team = string(section, path, u"team");
            impact.usersAffected = integer(section, path, u"usersAffected", 0, largestExactInteger);
            impact.revenueLost = number(section, path, u"revenueLost", 0);
            impact.currency = string(section, path, u"currency", QStringLiteral("EUR"));
            impact.slaBreached = boolean(section, path, u"slaBreached");
            impact.dataLost = boolean(section, path, u"dataLost");
            impact.dataCompromised = boolean(section, path, u"dataCompromised");
            readImpactParts(section, path, review);
            break;
        }
        case SectionKey::Detection:
            review.detection.method = enumeration<DetectionMethod>(section, path, u"method", tr("a detection method"))
                                          .value_or(DetectionMethod::Unset);
            review.detection.time = time(section, path, u"time", TimePrecision::Millisecond);
            review.detection.markdown = string(section, path, u"markdown");
            break;
        case SectionKey::Triage:
            review.triage = string(section, path, u"markdown");
            break;
        case SectionKey::RootCauses:
            review.rootCauses = string(section, path, u"markdown");
            break;
        case SectionKey::Resolution:
            review.resolution = string(section, path, u"markdown");
            break;
        case SectionKey::Lessons:
            for (const auto kind : enumValues<LessonKind>()) {
                for (const auto &text : strings(section, path, enumKey(kind)))
                    review.lessons.append({0, kind, text});
            }
            break;
        case SectionKey::Share:
            review.shareAudience = string(section, path, u"audience");
            review.share = string(section, path, u"markdown");
            break;
        }
    }
    const auto additional = array(sections, sectionsPath, u"additional");
    for (qsizetype i = 0; i < additional.size(); ++i)
        review.additional.append(note(additional.at(i), indexPath(fieldPath(sectionsPath, u"additional"), i)));
}

Person JsonReader::person(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    return {0, string(obj, path, u"name"), string(obj, path, u"role"), string(obj, path, u"contact")};
}

TimelineEvent JsonReader::event(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    TimelineEvent event;
    event.precision = enumeration<TimePrecision>(obj, path, u"precision", tr("a time precision"))
                          .value_or(TimePrecision::Millisecond);
    event.time = time(obj, path, u"time", event.precision);
    if (!event.time.isValid() && m_error.isEmpty())
        fail(tr("%1: missing; every event needs a time.").arg(fieldPath(path, u"time")));
    event.kind = enumeration<EventKind>(obj, path, u"kind", tr("an event kind")).value_or(EventKind::Note);
    event.text = string(obj, path, u"text");
    event.author = string(obj, path, u"author");
    event.visibility =
        enumeration<Visibility>(obj, path, u"visibility", tr("a visibility")).value_or(Visibility::Internal);
    event.milestone = enumeration<Milestone>(obj, path, u"milestone", tr("a milestone")).value_or(Milestone::None);
    event.source =
        enumeration<EventSource>(obj, path, u"source", tr("an event source")).value_or(EventSource::Imported);
    return event;
}

ActionItem JsonReader::action(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    ActionItem action;
    action.title = string(obj, path, u"title");
    action.type = enumeration<ActionType>(obj, path, u"type", tr("an action type")).value_or(ActionType::Remediation);
    action.owner = string(obj, path, u"owner");
    action.ticket = string(obj, path, u"ticket");
    action.priority = int(integer(obj, path, u"priority", 1, 4).value_or(0));
    action.due = date(obj, path, u"due");
    action.status =
        enumeration<ActionStatus>(obj, path, u"status", tr("an action status")).value_or(ActionStatus::Open);
    action.visibility =
        enumeration<Visibility>(obj, path, u"visibility", tr("a visibility")).value_or(Visibility::Internal);
    return action;
}

AdditionalNote JsonReader::note(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    AdditionalNote note;
    note.heading = string(obj, path, u"heading");
    note.markdown = string(obj, path, u"markdown");
    note.visibility =
        enumeration<Visibility>(obj, path, u"visibility", tr("a visibility")).value_or(Visibility::Internal);
    return note;
}

Figure JsonReader::figure(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    Figure figure;
    figure.section = enumeration<SectionKey>(obj, path, u"section", tr("a section")).value_or(SectionKey::RootCauses);
    figure.kind = enumeration<FigureKind>(obj, path, u"kind", tr("a figure kind")).value_or(FigureKind::Image);
    figure.title = string(obj, path, u"title");
    figure.caption = string(obj, path, u"caption");
    figure.source = string(obj, path, u"source");
    figure.visibility =
        enumeration<Visibility>(obj, path, u"visibility", tr("a visibility")).value_or(Visibility::Internal);
    if (!m_error.isEmpty())
        return figure;
    if (figure.kind == FigureKind::Image) {
        const auto where = fieldPath(path, u"image");
        const auto text = string(obj, path, u"image");
        if (!m_error.isEmpty())
            return figure;
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!isPaddedBase64(text) || !decoded) {
            fail(tr("%1: not Base64-encoded image data.").arg(where));
            return figure;
        }
        const auto info = FigureImages::inspect(*decoded);
        if (!info.isValid()) {
            fail(QStringLiteral("%1: %2").arg(where, info.error));
            return figure;
        }
        figure.image = std::move(*decoded);
    } else {
        const auto lines = array(obj, path, u"series");
        for (qsizetype i = 0; i < lines.size() && m_error.isEmpty(); ++i)
            figure.series.append(series(lines.at(i), indexPath(fieldPath(path, u"series"), i)));
    }
    return figure;
}

MetricSeries JsonReader::series(const QJsonValue &value, const QString &path)
{
    const auto obj = element(value, path);
    MetricSeries series;
    series.name = string(obj, path, u"name");
    series.unit = string(obj, path, u"unit");
    const auto points = array(obj, path, u"points");
    series.points.reserve(points.size());
    for (qsizetype i = 0; i < points.size() && m_error.isEmpty(); ++i) {
        const auto where = indexPath(fieldPath(path, u"points"), i);
        const auto pair = points.at(i).toArray();
        const bool numbers =
            points.at(i).isArray() && pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble();
        const double time = pair.at(0).toDouble();
        if (!numbers || std::trunc(time) != time || std::abs(time) > double(largestExactInteger)) {
            fail(tr("%1: expected a pair [milliseconds since 1970 UTC, value].").arg(where));
            break;
        }
        series.points.append(QPointF(time, pair.at(1).toDouble()));
    }
    std::stable_sort(series.points.begin(), series.points.end(),
                     [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return series;
}

// Rule 11: kept as written, but the user hears about it.
void JsonReader::checkMilestones(const QList<TimelineEvent> &timeline)
{
    m_warnings.append(milestoneWarnings(timeline));
}

std::optional<QJsonValue> JsonReader::present(const QJsonObject &obj, QStringView key) const
{
    if (!m_error.isEmpty())
        return std::nullopt;
    const auto value = obj.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

bool JsonReader::hasType(const QJsonValue &value, QJsonValue::Type type, const QString &path)
{
    if (value.type() == type)
        return true;
    fail(tr("%1: expected %2, found %3.").arg(path, typeName(QJsonValue(type)), typeName(value)));
    return false;
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString JsonReader::string(const QJsonObject &obj, const QString &path, QStringView key, const QString &fallback)
{
    const auto value = present(obj, key);
    if (!value || !hasType(*value, QJsonValue::String, fieldPath(path, key)))
        return fallback;
    return value->toString();
}

QStringList JsonReader::strings(const QJsonObject &obj, const QString &path, QStringView key)
{
    const auto items = array(obj, path, key);
    QStringList texts;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (hasType(items.at(i), QJsonValue::String, indexPath(fieldPath(path, key), i)))
            texts.append(items.at(i).toString());
    }
    return texts;
}

bool JsonReader::boolean(const QJsonObject &obj, const QString &path, QStringView key)
{
    const auto value = present(obj, key);
    return value && hasType(*value, QJsonValue::Bool, fieldPath(path, key)) && value->toBool();
}

std::optional<qint64> JsonReader::integer(const QJsonObject &obj, const QString &path, QStringView key, qint64 minimum,
                                          qint64 maximum)
{
    const auto value = present(obj, key);
    const auto where = fieldPath(path, key);
    if (!value || !hasType(*value, QJsonValue::Double, where))
        return std::nullopt;
    const double number = value->toDouble();
    if (std::trunc(number) != number) {
        fail(tr("%1: %2 is not a whole number.").arg(where, numberText(number)));
        return std::nullopt;
    }
    if (number < double(minimum) || number > double(maximum)) {
        fail(tr("%1: %2 is out of range (%3 to %4).")
                 .arg(where, numberText(number), QString::number(minimum), QString::number(maximum)));
        return std::nullopt;
    }
    return value->toInteger(qint64(number));
}

std::optional<double> JsonReader::number(const QJsonObject &obj, const QString &path, QStringView key, double minimum)
{
    const auto value = present(obj, key);
    const auto where = fieldPath(path, key);
    if (!value || !hasType(*value, QJsonValue::Double, where))
        return std::nullopt;
    if (value->toDouble() < minimum) {
        fail(tr("%1: %2 is below %3.").arg(where, numberText(value->toDouble()), numberText(minimum)));
        return std::nullopt;
    }
    return value->toDouble();
}

QJsonObject JsonReader::object(const QJsonObject &obj, const QString &path, QStringView key)
{
    const auto value = present(obj, key);
    if (!value || !hasType(*value, QJsonValue::Object, fieldPath(path, key)))
        return {};
    return value->toObject();
}

QJsonArray JsonReader::array(const QJsonObject &obj, const QString &path, QStringView key)
{
    const auto value = present(obj, key);
    if (!value || !hasType(*value, QJsonValue::Array, fieldPath(path, key)))
        return {};
    return value->toArray();
}

QJsonObject JsonReader::element(const QJsonValue &value, const QString &path)
{
    if (!m_error.isEmpty() || !hasType(value, QJsonValue::Object, path))
        return {};
    return value.toObject();
}

template <typename E>
std::optional<E> JsonReader::enumeration(const QJsonObject &obj, const QString &path, QStringView key,
                                         const QString &noun)
{
    const auto value = present(obj, key);
    const auto where = fieldPath(path, key);
    if (!value || !hasType(*value, QJsonValue::String, where))
        return std::nullopt;
    const QString text = value->toString();
    // The model's "not set" values have an empty key; the format says null for them instead.
    const auto parsed = text.isEmpty() ? std::nullopt : enumFromKey<E>(text);
    if (!parsed)
        fail(tr("%1: %2 is not %3 (expected one of %4).").arg(where, quoted(text), noun, allowedKeys<E>()));
    return parsed;
}

QDateTime JsonReader::time(const QJsonObject &obj, const QString &path, QStringView key, TimePrecision precision)
{
    const auto value = present(obj, key);
    const auto where = fieldPath(path, key);
    if (!value || !hasType(*value, QJsonValue::String, where))
        return {};
    const QString text = value->toString();
    const auto parsed = parseTime(text);
    if (parsed.zoneMissing) {
        fail(tr("%1: %2 has no time zone; add Z for UTC or an offset such as +01:00.").arg(where, quoted(text)));
        return {};
    }
    if (!parsed.utc.isValid()) {
        fail(tr("%1: %2 is not a valid time (expected ISO 8601 such as 2023-03-14T13:05:00.000Z).")
                 .arg(where, quoted(text)));
        return {};
    }
    // A day is the calendar day the review wrote, whatever zone came with it (rule 9).
    if (precision == TimePrecision::Day || precision == TimePrecision::UnknownTime)
        return QDateTime(parsed.writtenDate, QTime(0, 0), Qt::UTC);
    return meaningfulTime(parsed.utc, precision);
}

QDate JsonReader::date(const QJsonObject &obj, const QString &path, QStringView key)
{
    const auto value = present(obj, key);
    const auto where = fieldPath(path, key);
    if (!value || !hasType(*value, QJsonValue::String, where))
        return {};
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QString text = value->toString();
    const auto match = pattern.match(text);
    const QDate date = match.hasMatch() ? QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                                                match.capturedView(3).toInt())
                                        : QDate();
    if (!date.isValid())
        fail(tr("%1: %2 is not a valid date (expected YYYY-MM-DD).").arg(where, quoted(text)));
    return date;
}

} // namespace hindsight::importing
