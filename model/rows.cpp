// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include "metrics.h"
#include "reviewdocument.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace hindsight::model {

namespace {

template <typename E>
E toEnum(const QVariant &value)
{
    return E(value.toInt());
}

} // namespace

QString milestoneColumnLabel(int value)
{
    return value ? enumLabel(model::Milestone(value)) : QString();
}

QString addToSectionText(SectionKey key)
{
    return QCoreApplication::translate("Hindsight", "Add to %1").arg(labelInSentence(enumLabel(key)));
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

qint64 assignMissingRowIds(Review &review)
{
    qint64 next = 1;
    forEachRowType([&]<typename Row>() {
        for (const auto &row : review.*RowTraits<Row>::list)
            next = std::max(next, row.id + 1);
    });
    forEachRowType([&]<typename Row>() {
        for (auto &row : review.*RowTraits<Row>::list) {
            if (row.id <= 0)
                row.id = next++;
        }
    });
    return next;
}

QVariant RowTraits<Reviewer>::value(const Reviewer &row, int column)
{
    switch (column) {
    case Name:
        return row.name;
    case Role:
        return row.role;
    }
    return {};
}

void RowTraits<Reviewer>::setValue(Reviewer &row, int column, const QVariant &value)
{
    switch (column) {
    case Name:
        row.name = value.toString();
        break;
    case Role:
        row.role = value.toString();
        break;
    }
}

QString RowTraits<Reviewer>::insertText(const Reviewer &)
{
    return QCoreApplication::translate("Hindsight", "Add a reviewer");
}

QString RowTraits<Reviewer>::removeText(int count)
{
    return QCoreApplication::translate("Hindsight", "Remove %n reviewer(s)", nullptr, count);
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

QVariant RowTraits<TimelineEvent>::displayValue(const TimelineEvent &row, int column, const QVariant &value,
                                                const RowContext &context)
{
    if (column == Time)
        return formatEventTime(row.time, row.precision, context.zone);
    return RowTraitsBase::displayValue(row, column, value, context);
}

QVariant RowTraits<TimelineEvent>::derivedValue(const TimelineEvent &row, int column, int role,
                                                const RowContext &context)
{
    if (column != RelativeTime || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return {};
    const auto start = context.document.incidentStart();
    if (!start.isValid() || row.precision >= TimePrecision::Day)
        return role == Qt::EditRole ? QVariant() : QVariant(QString());
    const auto offset = start.msecsTo(row.time);
    if (role == Qt::EditRole)
        return offset;
    return QString(QStringLiteral("T") + (offset < 0 ? QString() : QStringLiteral("+")) + formatElapsed(offset));
}

TimelineEvent RowTraits<TimelineEvent>::blank()
{
    const auto now = QDateTime::currentDateTimeUtc();
    TimelineEvent event;
    event.time = now.addMSecs(-now.time().msec());
    return event;
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

QString RowTraits<AdditionalNote>::insertText(const AdditionalNote &)
{
    return QCoreApplication::translate("Hindsight", "Add to %1")
        .arg(QCoreApplication::translate("Hindsight", "additional notes"));
}

QString RowTraits<Figure>::insertText(const Figure &row)
{
    return (row.kind == FigureKind::Chart ? QCoreApplication::translate("Hindsight", "Add chart to %1")
                                          : QCoreApplication::translate("Hindsight", "Add image to %1"))
        .arg(labelInSentence(enumLabel(row.section)));
}

QString RowTraits<Figure>::removeText(int count)
{
    return QCoreApplication::translate("Hindsight", "Remove %n figure(s)", nullptr, count);
}

QVariant RowTraits<Figure>::value(const Figure &row, int column)
{
    switch (column) {
    case Section:
        return int(row.section);
    case Kind:
        return int(row.kind);
    case Title:
        return row.title;
    case Caption:
        return row.caption;
    case Visibility:
        return int(row.visibility);
    case Source:
        return row.source;
    case Image:
        return row.image;
    case Series:
        return encodeSeries(row.series);
    }
    return {};
}

void RowTraits<Figure>::setValue(Figure &row, int column, const QVariant &value)
{
    switch (column) {
    case Section:
        row.section = SectionKey(value.toInt()); // see ReviewDamage
        break;
    case Kind:
        row.kind = toEnum<FigureKind>(value);
        break;
    case Title:
        row.title = value.toString();
        break;
    case Caption:
        row.caption = value.toString();
        break;
    case Visibility:
        row.visibility = toEnum<model::Visibility>(value);
        break;
    case Source:
        row.source = value.toString();
        break;
    case Image:
        row.image = value.toByteArray();
        break;
    case Series:
        row.series = decodeSeries(value.toByteArray()).value_or(QList<MetricSeries>());
        break;
    }
}

namespace {

// Layout, all little-endian: "HSS1", a series count (u32), then per series its name and unit
// (u32 byte length + UTF-8 each), a point count (u32), and the points as pairs of (i64
// milliseconds since the epoch, IEEE-754 double value).
constexpr char SeriesMagic[] = {'H', 'S', 'S', '1'};

class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out) {}
    template <typename T>
    void number(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        m_out.append(bytes, sizeof(T));
    }
    void text(const QString &value)
    {
        const auto utf8 = value.toUtf8();
        number(quint32(utf8.size()));
        m_out.append(utf8);
    }

private:
    QByteArray &m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &in) : m_in(in) {}
    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_in.size() - m_at; }
    template <typename T>
    T number()
    {
        if (remaining() < qsizetype(sizeof(T))) {
            m_ok = false;
            return T();
        }
        const T value = qFromLittleEndian<T>(m_in.constData() + m_at);
        m_at += sizeof(T);
        return value;
    }
    QString text()
    {
        const auto size = number<quint32>();
        if (!m_ok || remaining() < qsizetype(size)) {
            m_ok = false;
            return {};
        }
        const auto value = QString::fromUtf8(m_in.constData() + m_at, qsizetype(size));
        m_at += size;
        return value;
    }

private:
    const QByteArray &m_in;
    qsizetype m_at = 0;
    bool m_ok = true;
};

} // namespace

QByteArray encodeSeries(const QList<MetricSeries> &series)
{
    QByteArray out;
    if (series.isEmpty())
        return out;
    qsizetype size = sizeof(SeriesMagic) + 4;
    for (const auto &s : series)
        size += 12 + s.name.size() * 3 + s.unit.size() * 3 + s.points.size() * 16;
    out.reserve(size);
    out.append(SeriesMagic, sizeof(SeriesMagic));
    Writer writer(out);
    writer.number(quint32(series.size()));
    for (const auto &s : series) {
        writer.text(s.name);
        writer.text(s.unit);
        writer.number(quint32(s.points.size()));
        for (const auto &point : s.points) {
            writer.number(qint64(std::llround(point.x())));
            writer.number(point.y());
        }
    }
    return out;
}

std::optional<QList<MetricSeries>> decodeSeries(const QByteArray &data)
{
    QList<MetricSeries> series;
    if (data.isEmpty())
        return series;
    if (!data.startsWith(QByteArrayView(SeriesMagic, sizeof(SeriesMagic))))
        return std::nullopt;
    Reader reader(data);
    reader.number<quint32>(); // the magic
    const auto count = reader.number<quint32>();
    for (quint32 i = 0; i < count && reader.ok(); ++i) {
        MetricSeries s;
        s.name = reader.text();
        s.unit = reader.text();
        const auto points = reader.number<quint32>();
        if (!reader.ok() || reader.remaining() < qsizetype(points) * 16)
            return std::nullopt;
        s.points.reserve(points);
        for (quint32 p = 0; p < points; ++p) {
            const auto x = reader.number<qint64>();
            const auto y = reader.number<double>();
            s.points.append(QPointF(double(x), y));
        }
        series.append(std::move(s));
    }
    if (!reader.ok() || reader.remaining() != 0)
        return std::nullopt;
    return series;
}

} // namespace hindsight::model
