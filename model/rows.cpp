// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include <QCoreApplication>

namespace hindsight::model {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hindsight", text);
}

template <typename E>
E toEnum(const QVariant &value)
{
    return E(value.toInt());
}

} // namespace

QString RowTraits<Person>::header(int column)
{
    switch (column) {
    case Name:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Name"));
    case Role:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Role"));
    case Contact:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Contact"));
    }
    return {};
}

QVariant RowTraits<Person>::value(const Person &row, int column)
{
    switch (column) {
    case Name:
        return row.name;
    case Role:
        return row.role;
    case Contact:
        return row.contact;
    }
    return {};
}

void RowTraits<Person>::setValue(Person &row, int column, const QVariant &value)
{
    switch (column) {
    case Name:
        row.name = value.toString();
        break;
    case Role:
        row.role = value.toString();
        break;
    case Contact:
        row.contact = value.toString();
        break;
    }
}

QString RowTraits<TimelineEvent>::header(int column)
{
    switch (column) {
    case Time:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Time"));
    case Kind:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Kind"));
    case Milestone:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Milestone"));
    case Text:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Event"));
    case Author:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Author"));
    case Visibility:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Visibility"));
    case Precision:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Precision"));
    case Source:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Source"));
    }
    return {};
}

QVariant RowTraits<TimelineEvent>::value(const TimelineEvent &row, int column)
{
    switch (column) {
    case Time:
        return row.time;
    case Kind:
        return int(row.kind);
    case Milestone:
        return int(row.milestone);
    case Text:
        return row.text;
    case Author:
        return row.author;
    case Visibility:
        return int(row.visibility);
    case Precision:
        return int(row.precision);
    case Source:
        return int(row.source);
    }
    return {};
}

void RowTraits<TimelineEvent>::setValue(TimelineEvent &row, int column, const QVariant &value)
{
    switch (column) {
    case Time:
        row.time = value.toDateTime().toUTC();
        break;
    case Kind:
        row.kind = toEnum<EventKind>(value);
        break;
    case Milestone:
        row.milestone = toEnum<model::Milestone>(value);
        break;
    case Text:
        row.text = value.toString();
        break;
    case Author:
        row.author = value.toString();
        break;
    case Visibility:
        row.visibility = toEnum<model::Visibility>(value);
        break;
    case Precision:
        row.precision = toEnum<TimePrecision>(value);
        break;
    case Source:
        row.source = toEnum<EventSource>(value);
        break;
    }
}

QString RowTraits<Lesson>::header(int column)
{
    switch (column) {
    case Kind:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "List"));
    case Text:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Lesson"));
    }
    return {};
}

QVariant RowTraits<Lesson>::value(const Lesson &row, int column)
{
    switch (column) {
    case Kind:
        return int(row.kind);
    case Text:
        return row.text;
    }
    return {};
}

void RowTraits<Lesson>::setValue(Lesson &row, int column, const QVariant &value)
{
    switch (column) {
    case Kind:
        row.kind = toEnum<LessonKind>(value);
        break;
    case Text:
        row.text = value.toString();
        break;
    }
}

QString RowTraits<ActionItem>::header(int column)
{
    switch (column) {
    case Title:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Action"));
    case Type:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Type"));
    case Owner:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Owner"));
    case Ticket:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Ticket"));
    case Priority:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Priority"));
    case Due:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Due"));
    case Status:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Status"));
    case Visibility:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Visibility"));
    }
    return {};
}

QVariant RowTraits<ActionItem>::value(const ActionItem &row, int column)
{
    switch (column) {
    case Title:
        return row.title;
    case Type:
        return int(row.type);
    case Owner:
        return row.owner;
    case Ticket:
        return row.ticket;
    case Priority:
        return row.priority;
    case Due:
        return row.due;
    case Status:
        return int(row.status);
    case Visibility:
        return int(row.visibility);
    }
    return {};
}

void RowTraits<ActionItem>::setValue(ActionItem &row, int column, const QVariant &value)
{
    switch (column) {
    case Title:
        row.title = value.toString();
        break;
    case Type:
        row.type = toEnum<ActionType>(value);
        break;
    case Owner:
        row.owner = value.toString();
        break;
    case Ticket:
        row.ticket = value.toString();
        break;
    case Priority:
        row.priority = std::clamp(value.toInt(), 0, 4);
        break;
    case Due:
        row.due = value.toDate();
        break;
    case Status:
        row.status = toEnum<ActionStatus>(value);
        break;
    case Visibility:
        row.visibility = toEnum<model::Visibility>(value);
        break;
    }
}

QString RowTraits<AdditionalNote>::header(int column)
{
    switch (column) {
    case Heading:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Heading"));
    case Markdown:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Text"));
    case Visibility:
        return tr(QT_TRANSLATE_NOOP("Hindsight", "Visibility"));
    }
    return {};
}

QVariant RowTraits<AdditionalNote>::value(const AdditionalNote &row, int column)
{
    switch (column) {
    case Heading:
        return row.heading;
    case Markdown:
        return row.markdown;
    case Visibility:
        return int(row.visibility);
    }
    return {};
}

void RowTraits<AdditionalNote>::setValue(AdditionalNote &row, int column, const QVariant &value)
{
    switch (column) {
    case Heading:
        row.heading = value.toString();
        break;
    case Markdown:
        row.markdown = value.toString();
        break;
    case Visibility:
        row.visibility = toEnum<model::Visibility>(value);
        break;
    }
}

} // namespace hindsight::model
