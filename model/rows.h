// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "names.h"
#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <type_traits>
#include <variant>

// What the item model, the undo commands and storage know about each kind of row in the tabular
// sections, in one RowTraits specialisation per row type. Values travel as variants: enums as
// int, times as UTC QDateTime, an unset due date or time as an invalid QDate/QDateTime.
namespace hindsight::model {

class ReviewDocument;

template <typename... Types>
struct TypeList
{
    static constexpr int size = int(sizeof...(Types));
    template <template <typename...> class Target>
    using Apply = Target<Types...>;
};

// The row types, in type index order. This is the only list of them: the item model, the
// commands and storage go through it, so a new row type is an entry here and its RowTraits.
// The order is the order of the tables in a new file.
using RowTypes = TypeList<Person, TimelineEvent, Lesson, ActionItem, AdditionalNote, Figure, Reviewer>;
inline constexpr int RowTypeCount = RowTypes::size;

// One row of any type, for the commands that are told the type at run time.
using AnyRow = RowTypes::Apply<std::variant>;

namespace detail {

template <typename Row, typename... Types>
constexpr int indexIn(TypeList<Types...>)
{
    constexpr bool matches[] = {std::is_same_v<Row, Types>...};
    for (int i = 0; i < int(sizeof...(Types)); ++i) {
        if (matches[i])
            return i;
    }
    return -1;
}

template <typename F, typename... Rows>
constexpr void forEachIn(TypeList<Rows...>, F &f)
{
    (f.template operator()<Rows>(), ...);
}

template <typename F, typename... Rows>
decltype(auto) visitIn(TypeList<Rows...>, int typeIndex, F &f)
{
    using Result = std::common_type_t<decltype(f.template operator()<Rows>())...>;
    static constexpr Result (*calls[])(F &) = {[](F &g) -> Result { return g.template operator()<Rows>(); }...};
    constexpr int last = int(sizeof...(Rows)) - 1;
    return calls[typeIndex >= 0 && typeIndex <= last ? typeIndex : last](f);
}

} // namespace detail

template <typename Row>
inline constexpr int rowTypeIndex = detail::indexIn<Row>(RowTypes{});

// Calls f.template operator()<Row>() once for each row type, in type index order; f is a
// lambda such as [&]<typename Row>() { ... }.
template <typename F>
constexpr void forEachRowType(F &&f)
{
    detail::forEachIn(RowTypes{}, f);
}

// The format version that added a row type's table: figures came with format 2, reviewers with
// format 4 (see ReviewFile::migrate()).
template <typename Row>
constexpr int tableSince()
{
    if constexpr (std::is_same_v<Row, Figure>)
        return 2;
    else if constexpr (std::is_same_v<Row, Reviewer>)
        return 4;
    else
        return 1;
}

// Calls f.template operator()<Row>() for the row type with that type index (an unknown index
// reaches the last type) and returns what it returns.
template <typename F>
decltype(auto) visitRowType(int typeIndex, F &&f)
{
    return detail::visitIn(RowTypes{}, typeIndex, f);
}

// How a column is kept in the review file. The SQL behind each is part of the file format.
enum class SqlType { Text, Integer, Real, DateTime, Date, Blob };

// One stored column of a row type: its name and type in the review file, its header, and for a
// column that holds an enum as int, what a value is called.
struct RowColumn
{
    const char *sqlName;
    SqlType sqlType;
    const char *header; // for QCoreApplication::translate("Hindsight", header)
    QString (*label)(int value) = nullptr;
};

template <typename E>
QString enumColumnLabel(int value)
{
    return enumLabel(E(value));
}
QString milestoneColumnLabel(int value); // empty for no milestone

// What shown values depend on besides the row.
struct RowContext
{
    const ReviewDocument &document; // asked for the incident start only when a column needs it
    const QTimeZone &zone;          // the review's display zone
};

// "Add to authors": the undo text of a row added to a section.
QString addToSectionText(SectionKey key);

template <typename Row>
struct RowTraits;

// What every row type has unless its RowTraits says otherwise. Callers always ask
// RowTraits<Row>, which finds the type's own member first.
template <typename Row>
struct RowTraitsBase
{
    static constexpr int typeIndex = rowTypeIndex<Row>;
    static_assert(typeIndex >= 0, "every row type is listed in RowTypes");

    // Columns the item model shows after the stored ones, computed and read-only.
    static constexpr int derivedColumnCount = 0;
    // Stored columns the derived ones are computed from.
    static constexpr std::array<int, 0> derivedFrom{};
    // The column that says whether the row reaches the customer version; -1 when none does.
    static constexpr int visibilityColumn = -1;
    // Stored columns that people do not edit in a table.
    static constexpr std::array<int, 0> readOnlyColumns{};

    // The facts of a stored column; nullptr for any other column.
    static const RowColumn *storedColumn(int column)
    {
        using Traits = RowTraits<Row>;
        return column >= 0 && column < Traits::ColumnCount ? &Traits::columns[column] : nullptr;
    }

    static QString header(int column)
    {
        const auto *stored = storedColumn(column);
        return stored ? QCoreApplication::translate("Hindsight", stored->header) : QString();
    }

    // Derived columns and readOnlyColumns.
    static bool isReadOnly(int column)
    {
        using Traits = RowTraits<Row>;
        return column >= Traits::ColumnCount ||
               std::find(Traits::readOnlyColumns.cbegin(), Traits::readOnlyColumns.cend(), column) !=
                   Traits::readOnlyColumns.cend();
    }

    // What a table shows for a stored column (value is RowTraits<Row>::value(row, column)).
    static QVariant displayValue(const Row &, int column, const QVariant &value, const RowContext &)
    {
        switch (value.typeId()) {
        case QMetaType::Int: {
            const auto *stored = storedColumn(column);
            return stored && stored->label ? stored->label(value.toInt()) : QString::number(value.toInt());
        }
        case QMetaType::QDate:
            return value.toDate().toString(Qt::ISODate);
        default:
            return value;
        }
    }

    static QVariant derivedValue(const Row &, int /*column*/, int /*role*/, const RowContext &) { return {}; }

    // A row as "add a row" makes it.
    static Row blank() { return {}; }
    // Whether a row may be added, and whether a cell may take a value; other edits are refused.
    static bool isValid(const Row &) { return true; }
    static bool accepts(int /*column*/, const QVariant & /*value*/) { return true; }

    // The undo text of removing count rows.
    static QString removeText(int count)
    {
        return QCoreApplication::translate("Hindsight", "Delete %n row(s)", nullptr, count);
    }
};

// Rows that make up a template section.
template <typename Row, SectionKey Key>
struct SectionRowTraits : RowTraitsBase<Row>
{
    static constexpr SectionKey section = Key;
    // The review model's top-level row that holds these rows.
    static constexpr int topLevelRow = int(Key);
    // The section whose state a change of the row may change.
    static std::optional<SectionKey> sectionOf(const Row &) { return Key; }
    // The undo text of adding the row.
    static QString insertText(const Row &) { return addToSectionText(Key); }
};

template <>
struct RowTraits<Person> : SectionRowTraits<Person, SectionKey::Authors>
{
    enum Column { Name, Role, Contact, ColumnCount };
    static constexpr QList<Person> Review::*list = &Review::authors;
    static constexpr const char *sqlTable = "person";
    static constexpr RowColumn columns[] = {
        {"name", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Name")},
        {"role", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Role")},
        {"contact", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Contact")},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const Person &row, int column);
    static void setValue(Person &row, int column, const QVariant &value);
};

template <>
struct RowTraits<TimelineEvent> : SectionRowTraits<TimelineEvent, SectionKey::Timeline>
{
    enum Column { Time, Kind, Milestone, Text, Author, Visibility, Precision, Source, ColumnCount };
    // The time since the incident started ("T+01:42:13").
    enum DerivedColumn { RelativeTime = ColumnCount };
    static constexpr int derivedColumnCount = 1;
    static constexpr std::array derivedFrom{int(Time)};
    static constexpr int visibilityColumn = Visibility;
    // Where an event came from (live note, table, import) is recorded, not chosen.
    static constexpr std::array readOnlyColumns{int(Source)};
    static constexpr QList<TimelineEvent> Review::*list = &Review::timeline;
    static constexpr const char *sqlTable = "event";
    static constexpr RowColumn columns[] = {
        {"time", SqlType::DateTime, QT_TRANSLATE_NOOP("Hindsight", "Time")},
        {"kind", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Kind"), &enumColumnLabel<EventKind>},
        {"milestone", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Milestone"), &milestoneColumnLabel},
        {"text", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Event")},
        {"author", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Author")},
        {"visibility", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Visibility"),
         &enumColumnLabel<model::Visibility>},
        {"precision", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Precision"), &enumColumnLabel<TimePrecision>},
        {"source", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Source"), &enumColumnLabel<EventSource>},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const TimelineEvent &row, int column);
    static void setValue(TimelineEvent &row, int column, const QVariant &value);
    // The time, in the display zone and to the event's precision.
    static QVariant displayValue(const TimelineEvent &row, int column, const QVariant &value,
                                 const RowContext &context);
    static QVariant derivedValue(const TimelineEvent &row, int column, int role, const RowContext &context);
    // A row typed in the table starts at the current second.
    static TimelineEvent blank();
    // An event without a time cannot be placed on the timeline.
    static bool isValid(const TimelineEvent &row) { return row.time.isValid(); }
    static bool accepts(int column, const QVariant &value) { return column != Time || value.toDateTime().isValid(); }
};

template <>
struct RowTraits<Lesson> : SectionRowTraits<Lesson, SectionKey::Lessons>
{
    enum Column { Kind, Text, ColumnCount };
    static constexpr QList<Lesson> Review::*list = &Review::lessons;
    static constexpr const char *sqlTable = "lesson";
    static constexpr RowColumn columns[] = {
        {"kind", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "List"), &enumColumnLabel<LessonKind>},
        {"text", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Lesson")},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const Lesson &row, int column);
    static void setValue(Lesson &row, int column, const QVariant &value);
};

template <>
struct RowTraits<ActionItem> : SectionRowTraits<ActionItem, SectionKey::Actions>
{
    enum Column { Title, Type, Owner, Ticket, Priority, Due, Status, Visibility, ColumnCount };
    static constexpr int visibilityColumn = Visibility;
    static constexpr QList<ActionItem> Review::*list = &Review::actions;
    static constexpr const char *sqlTable = "action";
    static constexpr RowColumn columns[] = {
        {"title", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Action")},
        {"type", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Type"), &enumColumnLabel<ActionType>},
        {"owner", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Owner")},
        {"ticket", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Ticket")},
        {"priority", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Priority"), &priorityLabel},
        {"due", SqlType::Date, QT_TRANSLATE_NOOP("Hindsight", "Due")},
        {"status", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Status"), &enumColumnLabel<ActionStatus>},
        {"visibility", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Visibility"),
         &enumColumnLabel<model::Visibility>},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const ActionItem &row, int column);
    static void setValue(ActionItem &row, int column, const QVariant &value);
};

// Additional notes are rows too; they have no template section of their own and are shown
// after the template's sections.
template <>
struct RowTraits<AdditionalNote> : RowTraitsBase<AdditionalNote>
{
    enum Column { Heading, Markdown, Visibility, ColumnCount };
    static constexpr int topLevelRow = SectionCount;
    static constexpr int visibilityColumn = Visibility;
    static constexpr QList<AdditionalNote> Review::*list = &Review::additional;
    static constexpr const char *sqlTable = "note";
    static constexpr RowColumn columns[] = {
        {"heading", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Heading")},
        {"markdown", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Text")},
        {"visibility", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Visibility"),
         &enumColumnLabel<model::Visibility>},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const AdditionalNote &row, int column);
    static void setValue(AdditionalNote &row, int column, const QVariant &value);
    static std::optional<SectionKey> sectionOf(const AdditionalNote &) { return std::nullopt; }
    static QString insertText(const AdditionalNote &row);
};

// Figures belong to the section their row names, and are shown after the additional notes.
// The series travel encoded (encodeSeries()).
template <>
struct RowTraits<Figure> : RowTraitsBase<Figure>
{
    enum Column { Section, Kind, Title, Caption, Visibility, Source, Image, Series, ColumnCount };
    static constexpr int topLevelRow = SectionCount + 1;
    static constexpr int visibilityColumn = Visibility;
    static constexpr QList<Figure> Review::*list = &Review::figures;
    static constexpr const char *sqlTable = "figure";
    static constexpr RowColumn columns[] = {
        {"section", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Section"), &enumColumnLabel<SectionKey>},
        {"kind", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Kind"), &enumColumnLabel<FigureKind>},
        {"title", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Title")},
        {"caption", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Caption")},
        {"visibility", SqlType::Integer, QT_TRANSLATE_NOOP("Hindsight", "Visibility"),
         &enumColumnLabel<model::Visibility>},
        {"source", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Source")},
        {"image", SqlType::Blob, QT_TRANSLATE_NOOP("Hindsight", "Image")},
        {"series", SqlType::Blob, QT_TRANSLATE_NOOP("Hindsight", "Series")},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const Figure &row, int column);
    static void setValue(Figure &row, int column, const QVariant &value);
    static std::optional<SectionKey> sectionOf(const Figure &row) { return row.section; }
    static QString insertText(const Figure &row);
    static QString removeText(int count);
};

// The people asked to sign the review off. Not a section: the section list hides them, and the
// review's sign-off shows them with their verdicts.
template <>
struct RowTraits<Reviewer> : RowTraitsBase<Reviewer>
{
    enum Column { Name, Role, ColumnCount };
    static constexpr int topLevelRow = SectionCount + 2;
    static constexpr QList<Reviewer> Review::*list = &Review::reviewers;
    static constexpr const char *sqlTable = "reviewer";
    static constexpr RowColumn columns[] = {
        {"name", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Name")},
        {"role", SqlType::Text, QT_TRANSLATE_NOOP("Hindsight", "Role")},
    };
    static_assert(int(std::size(columns)) == ColumnCount);
    static QVariant value(const Reviewer &row, int column);
    static void setValue(Reviewer &row, int column, const QVariant &value);
    static std::optional<SectionKey> sectionOf(const Reviewer &) { return std::nullopt; }
    static QString insertText(const Reviewer &);
    static QString removeText(int count);
};

// Gives every row without an id (0: made outside a document, by an import) a new one, after the
// largest id held, in row type order and then list order. Returns the next free id.
qint64 assignMissingRowIds(Review &review);

// The series of a chart as stored: a versioned little-endian layout (see docs/format.md), so
// that a file reads the same on any machine and any Qt version.
QByteArray encodeSeries(const QList<MetricSeries> &series);
// Empty when data is not such an encoding (damaged or from a newer version).
std::optional<QList<MetricSeries>> decodeSeries(const QByteArray &data);

} // namespace hindsight::model
