// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <QString>
#include <QVariant>

#include <optional>

// What the item model, the undo commands and storage need to know about each kind of row in
// the tabular sections. Values travel as variants: enums as int, times as UTC QDateTime, an
// unset due date or time as an invalid QDate/QDateTime.
namespace hindsight::model {

template <typename Row>
struct RowTraits;

template <>
struct RowTraits<Person>
{
    static constexpr int typeIndex = 0;
    enum Column { Name, Role, Contact, ColumnCount };
    static constexpr SectionKey section = SectionKey::Authors;
    static constexpr QList<Person> Review::*list = &Review::authors;
    static QString header(int column);
    static QVariant value(const Person &row, int column);
    static void setValue(Person &row, int column, const QVariant &value);
};

template <>
struct RowTraits<TimelineEvent>
{
    static constexpr int typeIndex = 1;
    enum Column { Time, Kind, Milestone, Text, Author, Visibility, Precision, Source, ColumnCount };
    static_assert(ColumnCount == 8, "ReviewModel::TimelineRelativeColumn follows the stored columns");
    static constexpr SectionKey section = SectionKey::Timeline;
    static constexpr QList<TimelineEvent> Review::*list = &Review::timeline;
    static QString header(int column);
    static QVariant value(const TimelineEvent &row, int column);
    static void setValue(TimelineEvent &row, int column, const QVariant &value);
};

template <>
struct RowTraits<Lesson>
{
    static constexpr int typeIndex = 2;
    enum Column { Kind, Text, ColumnCount };
    static constexpr SectionKey section = SectionKey::Lessons;
    static constexpr QList<Lesson> Review::*list = &Review::lessons;
    static QString header(int column);
    static QVariant value(const Lesson &row, int column);
    static void setValue(Lesson &row, int column, const QVariant &value);
};

template <>
struct RowTraits<ActionItem>
{
    static constexpr int typeIndex = 3;
    enum Column { Title, Type, Owner, Ticket, Priority, Due, Status, Visibility, ColumnCount };
    static constexpr SectionKey section = SectionKey::Actions;
    static constexpr QList<ActionItem> Review::*list = &Review::actions;
    static QString header(int column);
    static QVariant value(const ActionItem &row, int column);
    static void setValue(ActionItem &row, int column, const QVariant &value);
};

// Additional notes are rows too; they have no template section of their own and are shown
// after the template's sections.
template <>
struct RowTraits<AdditionalNote>
{
    static constexpr int typeIndex = 4;
    enum Column { Heading, Markdown, Visibility, ColumnCount };
    static constexpr QList<AdditionalNote> Review::*list = &Review::additional;
    static QString header(int column);
    static QVariant value(const AdditionalNote &row, int column);
    static void setValue(AdditionalNote &row, int column, const QVariant &value);
};

// Figures belong to the section their row names. The series travel encoded (encodeSeries()).
template <>
struct RowTraits<Figure>
{
    static constexpr int typeIndex = 5;
    enum Column { Section, Kind, Title, Caption, Visibility, Source, Image, Series, ColumnCount };
    static constexpr QList<Figure> Review::*list = &Review::figures;
    static QString header(int column);
    static QVariant value(const Figure &row, int column);
    static void setValue(Figure &row, int column, const QVariant &value);
};

// The series of a chart as stored: a versioned little-endian layout (see docs/format.md), so
// that a file reads the same on any machine and any Qt version.
QByteArray encodeSeries(const QList<MetricSeries> &series);
// Empty when data is not such an encoding (damaged or from a newer version).
std::optional<QList<MetricSeries>> decodeSeries(const QByteArray &data);

// Calls f(static_cast<Row *>(nullptr)) once for each row type, in typeIndex order, for code
// that treats every row list alike (storage, id assignment).
template <typename F>
void forEachRowType(F &&f)
{
    f(static_cast<Person *>(nullptr));
    f(static_cast<TimelineEvent *>(nullptr));
    f(static_cast<Lesson *>(nullptr));
    f(static_cast<ActionItem *>(nullptr));
    f(static_cast<AdditionalNote *>(nullptr));
    f(static_cast<Figure *>(nullptr));
}

inline constexpr int RowTypeCount = 6;

// Calls f(static_cast<Row *>(nullptr)) for the row type with that typeIndex.
template <typename F>
decltype(auto) visitRowType(int typeIndex, F &&f)
{
    switch (typeIndex) {
    case RowTraits<Person>::typeIndex:
        return f(static_cast<Person *>(nullptr));
    case RowTraits<TimelineEvent>::typeIndex:
        return f(static_cast<TimelineEvent *>(nullptr));
    case RowTraits<Lesson>::typeIndex:
        return f(static_cast<Lesson *>(nullptr));
    case RowTraits<ActionItem>::typeIndex:
        return f(static_cast<ActionItem *>(nullptr));
    case RowTraits<AdditionalNote>::typeIndex:
        return f(static_cast<AdditionalNote *>(nullptr));
    default:
        return f(static_cast<Figure *>(nullptr));
    }
}

} // namespace hindsight::model
