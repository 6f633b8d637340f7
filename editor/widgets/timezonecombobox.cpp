// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonecombobox.h"

#include "model/commands.h"
#include "model/names.h"
#include "model/reviewdocument.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

namespace hindsight::editor {

using model::Field;

TimeZoneComboBox::TimeZoneComboBox(model::ReviewDocument &document, QWidget *parent)
    : QComboBox(parent), m_document(&document)
{
    setObjectName(model::fieldName(Field::TimeZone));
    setEnabled(!document.isReadOnly());
    setToolTip(tr("Times are stored in UTC and shown and entered in this zone"));
    setUp();
    connect(&document, &model::ReviewDocument::fieldChanged, this, [this](Field field) {
        if (field == Field::TimeZone)
            refresh();
    });
}

TimeZoneComboBox::TimeZoneComboBox(QWidget *parent) : QComboBox(parent)
{
    setUp();
}

void TimeZoneComboBox::setUp()
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    addItem(QStringLiteral("UTC"));
    const auto local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (local != QLatin1String("UTC"))
        addItem(local);
    refresh();
    connect(this, &QComboBox::activated, this, &TimeZoneComboBox::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneComboBox::commit);
}

QString TimeZoneComboBox::zoneId() const
{
    return m_document ? m_document->review().timeZone : m_zone;
}

void TimeZoneComboBox::setZoneId(const QString &id)
{
    if (m_document || !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return;
    m_zone = id;
    refresh();
}

void TimeZoneComboBox::fill()
{
    if (m_filled)
        return;
    m_filled = true;
    const auto current = currentText();
    for (const auto &id : QTimeZone::availableTimeZoneIds()) {
        const auto name = QString::fromUtf8(id);
        if (findText(name) < 0)
            addItem(name);
    }
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setEditText(current);
}

void TimeZoneComboBox::showPopup()
{
    fill();
    QComboBox::showPopup();
}

void TimeZoneComboBox::focusInEvent(QFocusEvent *event)
{
    fill();
    QComboBox::focusInEvent(event);
}

void TimeZoneComboBox::refresh()
{
    const auto id = zoneId();
    if (findText(id) < 0)
        addItem(id);
    if (currentText() != id)
        setCurrentText(id);
}

void TimeZoneComboBox::commit()
{
    const auto id = currentText().trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
        refresh(); // not a zone: back to the one in use
        return;
    }
    if (id == zoneId())
        return;
    if (m_document) {
        model::commands::setField(*m_document, Field::TimeZone, id);
    } else {
        m_zone = id;
        refresh();
    }
    Q_EMIT zoneChosen(id);
}

} // namespace hindsight::editor
