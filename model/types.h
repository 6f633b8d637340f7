// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace hindsight::model {

// Enum values are written to review files as numbers: add new values at the end only.

// The template's sections, in template order. The order is part of the format: exports and the
// section list follow it.
enum class SectionKey {
    Authors,
    Summary,
    Impact,
    Detection,
    Triage,
    RootCauses,
    Resolution,
    Timeline,
    Lessons,
    Actions,
    Share,
};
inline constexpr int SectionCount = 11;

enum class Visibility { Internal, Public };
enum class Status { Draft, InReview, Reviewed, Published };
enum class Milestone { None, Started, Detected, Acknowledged, Mitigated, Resolved };
enum class EventKind { Note, Action, Discovery, Detection, Escalation, Mitigation, Resolution, Communication };
// How much of an event's time is meaningful: real postmortems say "2021-12-10" or "--:--".
// A Day or UnknownTime event's time is its date at 00:00 UTC and means that whole day, never
// shifted into the display zone.
enum class TimePrecision { Millisecond, Second, Minute, Day, UnknownTime };
enum class EventSource { LiveNote, Table, Imported };
enum class DetectionMethod { Unset, Alert, Dashboard, CustomerReport, EmployeeReport, AutomatedTest, Other };
enum class ActionType { Remediation, Preventive, Process };
enum class ActionStatus { Open, InProgress, Done, WontDo };
enum class LessonKind { WentWell, WentWrong, GotLucky };
enum class SectionState { Empty, Started, Complete };
enum class FigureKind { Image, Chart };
// The parts of the Impact section, in the order the exports show them: the three dimensions
// (Markdown text), then the figures. The currency belongs to RevenueLost.
enum class ImpactPart { User, Business, Team, UsersAffected, RevenueLost, SlaBreached, DataLost, DataCompromised };
inline constexpr int ImpactPartCount = 8;
// What a comment is about (CommentAnchor).
enum class AnchorKind { Section, Passage, Row };
// What one record of the discussion does (CommentRecord).
enum class CommentChange { Post, Edit, Resolve, Reopen, Delete };
enum class Verdict { Approved, ChangesRequested };

// Rows of the tabular sections carry an id that is stable for the life of the file, so that
// undo commands and storage can find a row again after others moved.
struct Person
{
    qint64 id = 0;
    QString name;
    QString role;
    QString contact;
    friend bool operator==(const Person &, const Person &) = default;
};

struct TimelineEvent
{
    qint64 id = 0;
    QDateTime time; // always UTC
    TimePrecision precision = TimePrecision::Second;
    EventKind kind = EventKind::Note;
    QString text;
    QString author;
    // Nothing reaches the customer version by omission: rows are public only when made so.
    Visibility visibility = Visibility::Internal;
    Milestone milestone = Milestone::None;
    EventSource source = EventSource::Table;
    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

struct Lesson
{
    qint64 id = 0;
    LessonKind kind = LessonKind::WentWell;
    QString text;
    friend bool operator==(const Lesson &, const Lesson &) = default;
};

struct ActionItem
{
    qint64 id = 0;
    QString title;
    ActionType type = ActionType::Remediation;
    QString owner;
    QString ticket;   // a key such as CHK-12 or a URL
    int priority = 0; // 1 (highest) to 4; 0 when not set
    QDate due;
    ActionStatus status = ActionStatus::Open;
    Visibility visibility = Visibility::Internal;
    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

// Someone asked to read the review and sign it off (SignOff).
struct Reviewer
{
    qint64 id = 0;
    QString name;
    QString role;
    friend bool operator==(const Reviewer &, const Reviewer &) = default;
};

// Where a comment thread belongs: a section, a passage of a section's Markdown, or a row of a
// section (a timeline event, an action, a lesson or a figure). A passage is found again after
// edits by its quote (commentanchor.h); a row by its id.
struct CommentAnchor
{
    SectionKey section = SectionKey::Summary;
    AnchorKind kind = AnchorKind::Section;
    QString field;     // Passage: the Markdown field's storage name ("summary.markdown", "impact.user")
    QString quote;     // Passage: the text commented on, as it was then
    int position = -1; // Passage: where the quote started in the field's Markdown then (UTF-16)
    QString rowTable;  // Row: the row type's table ("event", "action", "lesson", "figure")
    qint64 rowId = 0;  // Row: its id
    friend bool operator==(const CommentAnchor &, const CommentAnchor &) = default;
};

// One record of the team's discussion of the review. Records are only ever added, each with its
// own UUID, so that the comments of two copies of a review merge without conflict: the threads
// are what the records say, read in time order (commentthreads.h). Undo takes a record back.
struct CommentRecord
{
    QUuid id;
    CommentChange change = CommentChange::Post;
    // Post: the thread replied to (its first comment), or null for a new thread. Edit and
    // Delete: the comment. Resolve and Reopen: the thread.
    QUuid target;
    QString author;
    QDateTime time;       // UTC
    QString text;         // Post and Edit: Markdown; Resolve: the decision, if any
    CommentAnchor anchor; // Post of a new thread
    friend bool operator==(const CommentRecord &, const CommentRecord &) = default;
};

// A reviewer's verdict: the latest of a reviewer's sign-offs counts.
struct SignOff
{
    QUuid id;
    QString reviewer; // the Reviewer's name
    Verdict verdict = Verdict::Approved;
    QDateTime time; // UTC
    QString text;   // why changes are requested, in Markdown; may be empty
    friend bool operator==(const SignOff &, const SignOff &) = default;
};

// Content an import could not map to a template section: kept, never dropped.
struct AdditionalNote
{
    qint64 id = 0;
    QString heading;
    QString markdown;
    Visibility visibility = Visibility::Internal;
    friend bool operator==(const AdditionalNote &, const AdditionalNote &) = default;
};

// One line of a chart: a metric over time, as an observability export gives it.
struct MetricSeries
{
    QString name; // "checkout-api p99 latency", or http_requests_total{code="500"}
    QString unit; // "ms", "%", "s"; empty when the source does not say
    // x: milliseconds since the epoch (UTC); y: the value. In time order; NaN and infinities
    // never appear (the readers leave them out).
    QList<QPointF> points;
    friend bool operator==(const MetricSeries &, const MetricSeries &) = default;
};

// Evidence shown in a section after its text, in list order: a picture (a dashboard
// screenshot) or a chart of metric series. Both are kept inside the review, never linked to a
// path that will vanish. A chart is data, not a picture: it is drawn anew wherever it is shown,
// with the review's milestones as they are then.
struct Figure
{
    qint64 id = 0;
    SectionKey section = SectionKey::RootCauses;
    FigureKind kind = FigureKind::Image;
    QString title;   // charts: drawn above the plot
    QString caption; // under the figure
    Visibility visibility = Visibility::Internal;
    QString source;             // the file it came from ("errors.csv", "grafana.png"), or empty for a paste
    QByteArray image;           // images: the file's bytes as given, never re-encoded
    QList<MetricSeries> series; // charts
    friend bool operator==(const Figure &, const Figure &) = default;
};

// Every scalar value of a review. Field edits go through one generic undo command keyed by this
// enum, and storage keeps each under the name fieldName() gives it.
enum class Field {
    Title,
    Severity, // int 0 (unset) or 1..5
    Status,
    TimeZone,
    Summary,
    ImpactUser,
    ImpactBusiness,
    ImpactTeam,
    UsersAffected, // qint64, or an invalid QVariant when unknown
    RevenueLost,   // double, or an invalid QVariant when unknown
    RevenueCurrency,
    SlaBreached,
    DataLost,
    DataCompromised,
    DetectionMethod,
    DetectionTime,
    Detection,
    Triage,
    RootCauses,
    Resolution,
    ShareAudience,
    Share,
    // One visibility per section, in SectionKey order.
    VisibilityAuthors,
    VisibilitySummary,
    VisibilityImpact,
    VisibilityDetection,
    VisibilityTriage,
    VisibilityRootCauses,
    VisibilityResolution,
    VisibilityTimeline,
    VisibilityLessons,
    VisibilityActions,
    VisibilityShare,
    // One visibility per part of the Impact section, in ImpactPart order (format 3).
    VisibilityImpactUser,
    VisibilityImpactBusiness,
    VisibilityImpactTeam,
    VisibilityUsersAffected,
    VisibilityRevenueLost, // and the currency
    VisibilitySlaBreached,
    VisibilityDataLost,
    VisibilityDataCompromised,
    // The ids of the review checks the team dismissed (reviewchecks.h), one a line.
    DismissedChecks,
    // The review's identity, shared by its copies (format 4); text, a UUID without braces.
    ReviewId,
};
inline constexpr int FieldCount = int(Field::ReviewId) + 1;

struct Impact
{
    QString user;
    QString business;
    QString team;
    std::optional<qint64> usersAffected;
    std::optional<double> revenueLost;
    QString currency;
    bool slaBreached = false;
    bool dataLost = false;
    bool dataCompromised = false;
    // Each part reaches the customer version only when it and the Impact section are public.
    std::array<Visibility, ImpactPartCount> visibility = defaultVisibility();
    friend bool operator==(const Impact &, const Impact &) = default;

    // What a new review starts with: what the company lost and what it cost the team stay
    // inside it until someone decides otherwise.
    static constexpr std::array<Visibility, ImpactPartCount> defaultVisibility()
    {
        std::array<Visibility, ImpactPartCount> v{};
        v.fill(Visibility::Public);
        v[int(ImpactPart::Business)] = Visibility::Internal;
        v[int(ImpactPart::Team)] = Visibility::Internal;
        v[int(ImpactPart::RevenueLost)] = Visibility::Internal;
        return v;
    }
};

struct Detection
{
    DetectionMethod method = DetectionMethod::Unset;
    QDateTime time; // UTC, or invalid
    QString markdown;
    friend bool operator==(const Detection &, const Detection &) = default;
};

struct Review
{
    QUuid id; // null only for a review read from a file older than format 4 and not yet written
    QString title;
    int severity = 0;
    Status status = Status::Draft;
    QString timeZone = QStringLiteral("UTC");
    QString summary;
    Impact impact;
    Detection detection;
    QString triage;
    QString rootCauses;
    QString resolution;
    QString shareAudience;
    QString share;
    std::array<Visibility, SectionCount> visibility = defaultVisibility();
    QStringList dismissedChecks; // sorted, each id once

    QList<Person> authors;
    QList<TimelineEvent> timeline;
    QList<Lesson> lessons;
    QList<ActionItem> actions;
    QList<AdditionalNote> additional;
    QList<Figure> figures;
    QList<Reviewer> reviewers;

    // In time order, then by id (sortRecords() in commentthreads.h), so that two reviews that
    // hold the same records compare equal however the records came.
    QList<CommentRecord> comments;
    QList<SignOff> signOffs;

    friend bool operator==(const Review &, const Review &) = default;

    static constexpr std::array<Visibility, SectionCount> defaultVisibility()
    {
        std::array<Visibility, SectionCount> v{};
        v.fill(Visibility::Public);
        v[int(SectionKey::Authors)] = Visibility::Internal;
        v[int(SectionKey::Triage)] = Visibility::Internal;
        return v;
    }
};

} // namespace hindsight::model
