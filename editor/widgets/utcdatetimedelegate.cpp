// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "utcdatetimedelegate.h"

#include <QDateTimeEdit>
#include <QTimeZone>

namespace hindsight::editor {

QWidget *UtcDateTimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    // Milliseconds only when the time has them, so that ordinary times stay easy to type.
    const bool millis = index.data(Qt::EditRole).toDateTime().time().msec() != 0;
    edit->setDisplayFormat(millis ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setToolTip(tr("Time in UTC"));
    return edit;
}

void UtcDateTimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto value = index.data(Qt::EditRole).toDateTime();
    if (!value.isValid())
        value = QDateTime::currentDateTimeUtc();
    static_cast<QDateTimeEdit *>(editor)->setDateTime(value.toUTC());
}

void UtcDateTimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto value = static_cast<QDateTimeEdit *>(editor)->dateTime();
    model->setData(index, QDateTime(value.date(), value.time(), QTimeZone::utc()), Qt::EditRole);
}

} // namespace hindsight::editor
