// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTimeZone>

#include <functional>

namespace hindsight::editor {

// Edits a UTC QDateTime column (an event's time) in the zone the table shows it in, so that
// what the user reads is what the user types; the value is stored in UTC.
class ZonedDateTimeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonedDateTimeDelegate)

public:
    ZonedDateTimeDelegate(std::function<QTimeZone()> zone, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // A wall-clock time in zone as the UTC instant it names. In a daylight saving gap the
    // time is taken as if the clocks had not moved yet.
    static QDateTime toUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

private:
    std::function<QTimeZone()> m_zone;
};

} // namespace hindsight::editor
