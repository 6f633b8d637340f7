// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneddatetimedelegate.h"

#include <QDateTimeEdit>

namespace hindsight::editor {

ZonedDateTimeDelegate::ZonedDateTimeDelegate(std::function<QTimeZone()> zone, QObject *parent)
    : QStyledItemDelegate(parent), m_zone(std::move(zone))
{}

QDateTime ZonedDateTimeDelegate::toUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toUTC();
}

QWidget *ZonedDateTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                             const QModelIndex &index) const
{
    // The editor shows the zone's wall-clock time; QDateTimeEdit cannot hold an arbitrary
    // zone in Qt 6.4, so it holds that wall-clock time as if it were UTC.
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    // Milliseconds only when the time has them, so that ordinary times stay easy to type.
    const bool millis = index.data(Qt::EditRole).toDateTime().time().msec() != 0;
    edit->setDisplayFormat(millis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setToolTip(tr("Time in %1").arg(QString::fromUtf8(m_zone().id())));
    return edit;
}

void ZonedDateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto value = index.data(Qt::EditRole).toDateTime();
    if (!value.isValid())
        value = QDateTime::currentDateTimeUtc();
    const auto local = value.toTimeZone(m_zone());
    static_cast<QDateTimeEdit *>(editor)->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
}

void ZonedDateTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto wall = static_cast<QDateTimeEdit *>(editor)->dateTime();
    model->setData(index, toUtc(wall.date(), wall.time(), m_zone()), Qt::EditRole);
}

} // namespace hindsight::editor
