// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"

#include "export/audience.h"
#include "export/documentcontent.h"
#include "export/outputfile.h"
#include "import/json/jsonimporter.h"
#include "model/comments.h"
#include "model/names.h"
#include "model/rows.h"
#include "model/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hindsight::exporting {

using namespace model;

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Milestone::None and DetectionMethod::Unset have an empty key; the format says null.
template <typename E>
QJsonValue keyOrNull(E value)
{
    const QString key = enumKey(value);
    return key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key);
}

QJsonValue integerOrNull(qint64 value, qint64 minimum, qint64 maximum)
{
    return value >= minimum && value <= maximum ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray authorsArray(const QList<Person> &authors, bool withContacts)
{
    QJsonArray array;
    for (const auto &person : authors) {
        QJsonObject obj{{QStringLiteral("name"), person.name}, {QStringLiteral("role"), person.role}};
        if (withContacts)
            obj.insert(u"contact", person.contact);
        array.append(obj);
    }
    return array;
}

QJsonArray timelineArray(QList<TimelineEvent> timeline)
{
    // Rule 10: writers list events in time order; equal times keep the review's order.
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    QJsonArray array;
    for (const auto &event : timeline) {
        array.append(QJsonObject{
            {QStringLiteral("time"), timeValue(meaningfulTime(event.time, event.precision))},
            {QStringLiteral("precision"), enumKey(event.precision)},
            {QStringLiteral("kind"), enumKey(event.kind)},
            {QStringLiteral("text"), event.text},
            {QStringLiteral("author"), event.author},
            {QStringLiteral("visibility"), enumKey(event.visibility)},
            {QStringLiteral("milestone"), keyOrNull(event.milestone)},
            {QStringLiteral("source"), enumKey(event.source)},
        });
    }
    return array;
}

QJsonArray actionsArray(const QList<ActionItem> &actions)
{
    QJsonArray array;
    for (const auto &action : actions) {
        array.append(QJsonObject{
            {QStringLiteral("title"), action.title},
            {QStringLiteral("type"), enumKey(action.type)},
            {QStringLiteral("owner"), action.owner},
            {QStringLiteral("ticket"), action.ticket},
            {QStringLiteral("priority"), integerOrNull(action.priority, 1, 4)},
            {QStringLiteral("due"),
             action.due.isValid() ? QJsonValue(action.due.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("status"), enumKey(action.status)},
            {QStringLiteral("visibility"), enumKey(action.visibility)},
        });
    }
    return array;
}

QJsonObject sectionFields(const Review &review, SectionKey key)
{
    switch (key) {
    case SectionKey::Authors:
    case SectionKey::Timeline:
    case SectionKey::Actions:
        // Their rows are top-level arrays.
        return {};
    case SectionKey::Summary:
        return {{QStringLiteral("markdown"), review.summary}};
    case SectionKey::Impact: {
        const auto &impact = review.impact;
        return {
            {QStringLiteral("user"), impact.user},
            {QStringLiteral("business"), impact.business},
            {QStringLiteral("team"), impact.team},
            {QStringLiteral("usersAffected"),
             impact.usersAffected ? QJsonValue(*impact.usersAffected) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("revenueLost"),
             impact.revenueLost ? QJsonValue(*impact.revenueLost) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("currency"), impact.currency},
            {QStringLiteral("slaBreached"), impact.slaBreached},
            {QStringLiteral("dataLost"), impact.dataLost},
            {QStringLiteral("dataCompromised"), impact.dataCompromised},
        };
    }
    case SectionKey::Detection:
        return {
            {QStringLiteral("method"), keyOrNull(review.detection.method)},
            {QStringLiteral("time"), timeValue(review.detection.time)},
            {QStringLiteral("markdown"), review.detection.markdown},
        };
    case SectionKey::Triage:
        return {{QStringLiteral("markdown"), review.triage}};
    case SectionKey::RootCauses:
        return {{QStringLiteral("markdown"), review.rootCauses}};
    case SectionKey::Resolution:
        return {{QStringLiteral("markdown"), review.resolution}};
    case SectionKey::Lessons: {
        QJsonObject lists;
        for (const auto kind : enumValues<LessonKind>()) {
            QJsonArray texts;
            for (const auto &lesson : review.lessons) {
                if (lesson.kind == kind)
                    texts.append(lesson.text);
            }
            lists.insert(enumKey(kind), texts);
        }
        return lists;
    }
    case SectionKey::Share:
        return {{QStringLiteral("audience"), review.shareAudience}, {QStringLiteral("markdown"), review.share}};
    }
    return {};
}

// The keys of sections.impact that hold a part's content.
QStringList impactKeys(ImpactPart part)
{
    if (part == ImpactPart::RevenueLost)
        return {enumKey(part), QStringLiteral("currency")};
    return {enumKey(part)};
}

// The parts' visibilities, and in the customer version only the parts in it: like internal
// sections, the others are left out altogether (rule 12), content and visibility alike.
void writeImpactParts(QJsonObject &section, const Review &review, const DocumentContent &content)
{
    QJsonObject visibilities;
    for (const auto part : enumValues<ImpactPart>()) {
        if (content.shows(part)) {
            visibilities.insert(enumKey(part), enumKey(review.impact.visibility[int(part)]));
        } else {
            for (const auto &key : impactKeys(part))
                section.remove(key);
        }
    }
    section.insert(u"partVisibility", visibilities);
}

QJsonArray figuresArray(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const auto &figure : figures) {
        QJsonObject object{{QStringLiteral("section"), enumKey(figure.section)},
                           {QStringLiteral("kind"), enumKey(figure.kind)},
                           {QStringLiteral("title"), figure.title},
                           {QStringLiteral("caption"), figure.caption},
                           {QStringLiteral("source"), figure.source},
                           {QStringLiteral("visibility"), enumKey(figure.visibility)}};
        if (figure.kind == FigureKind::Image) {
            object.insert(u"image", QString::fromLatin1(figure.image.toBase64()));
        } else {
            QJsonArray series;
            for (const auto &line : figure.series) {
                QJsonArray points;
                for (const auto &point : line.points)
                    points.append(QJsonArray{qint64(point.x()), point.y()});
                series.append(QJsonObject{{QStringLiteral("name"), line.name},
                                          {QStringLiteral("unit"), line.unit},
                                          {QStringLiteral("points"), points}});
            }
            object.insert(u"series", series);
        }
        array.append(object);
    }
    return array;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Where a row is in the lists this format writes (timeline by time, lessons by list, actions and
// figures as the review keeps them), or -1 when it is gone.
template <typename Row>
int writtenIndex(const Review &review, qint64 id)
{
    QList<Row> rows = review.*RowTraits<Row>::list;
    if constexpr (std::is_same_v<Row, TimelineEvent>) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
    } else if constexpr (std::is_same_v<Row, Lesson>) {
        std::stable_sort(rows.begin(), rows.end(), [](const Lesson &a, const Lesson &b) { return a.kind < b.kind; });
    }
    const auto it = std::find_if(rows.cbegin(), rows.cend(), [id](const Row &row) { return row.id == id; });
    return it == rows.cend() ? -1 : int(it - rows.cbegin());
}

QJsonObject anchorObject(const Review &review, const CommentAnchor &anchor)
{
    QJsonObject object{{QStringLiteral("section"), enumKey(anchor.section)},
                       {QStringLiteral("kind"), enumKey(anchor.kind)}};
    switch (anchor.kind) {
    case AnchorKind::Section:
        break;
    case AnchorKind::Passage:
        object.insert(u"field", anchor.field);
        object.insert(u"quote", anchor.quote);
        object.insert(u"position", anchor.position);
        break;
    case AnchorKind::Row: {
        int index = -1;
        forEachRowType([&]<typename Row>() {
            if (anchor.rowTable == QLatin1StringView(RowTraits<Row>::sqlTable))
                index = writtenIndex<Row>(review, anchor.rowId);
        });
        object.insert(u"table", anchor.rowTable);
        object.insert(u"row", index < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(index));
        break;
    }
    }
    return object;
}

QJsonObject commentObject(const Comment &comment)
{
    return {{QStringLiteral("id"), uuidText(comment.id)},
            {QStringLiteral("author"), comment.author},
            {QStringLiteral("time"), timeValue(comment.time)},
            {QStringLiteral("markdown"), comment.markdown},
            {QStringLiteral("edited"), timeValue(comment.edited)}};
}

// The discussion as people read it: threads with their replies and resolution.
QJsonArray commentsArray(const Review &review)
{
    QJsonArray threads;
    for (const auto &thread : commentThreads(review.comments)) {
        QJsonObject object = commentObject(thread.first);
        object.insert(u"anchor", anchorObject(review, thread.anchor));
        QJsonArray replies;
        for (const auto &reply : thread.replies)
            replies.append(commentObject(reply));
        object.insert(u"replies", replies);
        if (const auto &resolution = thread.resolution) {
            object.insert(u"resolved", QJsonObject{{QStringLiteral("by"), resolution->by},
                                                   {QStringLiteral("time"), timeValue(resolution->time)},
                                                   {QStringLiteral("decision"), resolution->decision}});
        } else {
            object.insert(u"resolved", QJsonValue::Null);
        }
        threads.append(object);
    }
    return threads;
}

} // namespace

QByteArray reviewToJson(const Review &source, const ExportOptions &options)
{
    const bool customer = options.audience == ExportOptions::Audience::Customer;
    const Review review = reviewForAudience(source, options);
    // The customer version leaves internal sections out altogether rather than writing them
    // empty, so that a reader cannot even tell what they were called.
    const auto included = [&](SectionKey key) {
        return !customer || review.visibility[int(key)] == Visibility::Public;
    };

    const DocumentContent content(review, options.audience);
    QJsonObject sections;
    for (const auto key : allSections()) {
        if (!included(key))
            continue;
        auto section = sectionFields(review, key);
        if (key == SectionKey::Impact)
            writeImpactParts(section, review, content);
        section.insert(u"visibility", enumKey(review.visibility[int(key)]));
        sections.insert(enumKey(key), section);
    }
    QJsonArray additional;
    for (const auto &note : review.additional) {
        additional.append(QJsonObject{{QStringLiteral("heading"), note.heading},
                                      {QStringLiteral("markdown"), note.markdown},
                                      {QStringLiteral("visibility"), enumKey(note.visibility)}});
    }
    sections.insert(u"additional", additional);

    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("hindsight-review")},
        {QStringLiteral("formatVersion"), importing::JsonFormatVersion},
        {QStringLiteral("title"), review.title},
        {QStringLiteral("severity"), integerOrNull(review.severity, 1, 5)},
        {QStringLiteral("status"), enumKey(review.status)},
        {QStringLiteral("timeZone"), review.timeZone},
        {QStringLiteral("sections"), sections},
    };
    if (included(SectionKey::Authors))
        root.insert(u"authors", authorsArray(review.authors, !customer));
    if (included(SectionKey::Timeline))
        root.insert(u"timeline", timelineArray(review.timeline));
    if (included(SectionKey::Actions))
        root.insert(u"actions", actionsArray(review.actions));
    if (!review.figures.isEmpty())
        root.insert(u"figures", figuresArray(review.figures));
    // The review's identity and its discussion are internal: the customer version is another
    // document, which no comment reaches.
    if (!customer) {
        if (!review.id.isNull())
            root.insert(u"id", uuidText(review.id));
        if (!review.comments.isEmpty())
            root.insert(u"comments", commentsArray(review));
        if (!review.reviewers.isEmpty()) {
            QJsonArray reviewers;
            for (const auto &reviewer : review.reviewers)
                reviewers.append(
                    QJsonObject{{QStringLiteral("name"), reviewer.name}, {QStringLiteral("role"), reviewer.role}});
            root.insert(u"reviewers", reviewers);
        }
        if (!review.signOffs.isEmpty()) {
            QJsonArray signOffs;
            for (const auto &signOff : review.signOffs)
                signOffs.append(QJsonObject{{QStringLiteral("id"), uuidText(signOff.id)},
                                            {QStringLiteral("reviewer"), signOff.reviewer},
                                            {QStringLiteral("verdict"), enumKey(signOff.verdict)},
                                            {QStringLiteral("time"), timeValue(signOff.time)},
                                            {QStringLiteral("markdown"), signOff.text}});
            root.insert(u"signOffs", signOffs);
        }
    }
    // What the team decided about the review checks is internal. A check about one row names the
    // row by its id in the review file, which this format does not carry: those stay behind.
    if (!customer) {
        QJsonArray dismissed;
        for (const auto &id : review.dismissedChecks) {
            if (!id.contains(QLatin1Char('#')))
                dismissed.append(id);
        }
        if (!dismissed.isEmpty())
            root.insert(u"dismissedChecks", dismissed);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString JsonExporter::id() const
{
    return QStringLiteral("json");
}

QString JsonExporter::name() const
{
    return tr("JSON interchange file");
}

QStringList JsonExporter::suffixes() const
{
    return {QStringLiteral("json")};
}

QString JsonExporter::writeTo(const Review &review, const QString &path, const ExportOptions &options) const
{
    OutputFile file(path);
    if (auto error = file.open(); !error.isEmpty())
        return error;
    if (auto error = file.write(reviewToJson(review, options)); !error.isEmpty())
        return error;
    return file.commit();
}

} // namespace hindsight::exporting
