// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace hindsight::editor {

// A UTC time that may be unknown: a "Known" check box beside a date-time editor. Unchecking
// makes the value invalid; checking offers the suggested time to start from.
class OptionalDateTimeEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateTimeEdit)

public:
    explicit OptionalDateTimeEdit(QWidget *parent = nullptr);

    QDateTime value() const; // UTC, invalid when unknown
    // Shows value without emitting valueEdited.
    void setValue(const QDateTime &value);
    // The time offered when the user marks an unknown time as known.
    void setSuggestedValue(const QDateTime &value);
    void setReadOnly(bool readOnly);

    QCheckBox *knownBox() const { return m_known; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }

Q_SIGNALS:
    // The user changed the value (never emitted by setValue()).
    void valueEdited(const QDateTime &value);

private:
    void updateEnabled();

    QCheckBox *m_known;
    QDateTimeEdit *m_edit;
    QDateTime m_suggested;
    bool m_readOnly = false;
};

} // namespace hindsight::editor
