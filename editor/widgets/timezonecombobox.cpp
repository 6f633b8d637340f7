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
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setEnabled(!document.isReadOnly());
    setToolTip(tr("Times are stored in UTC and shown and entered in this zone"));
    addItem(QStringLiteral("UTC"));
    const auto local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (local != QLatin1String("UTC"))
        addItem(local);
    refresh();
    connect(&document, &model::ReviewDocument::fieldChanged, this, [this](Field field) {
        if (field == Field::TimeZone)
            refresh();
    });
    connect(this, &QComboBox::activated, this, &TimeZoneComboBox::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &TimeZoneComboBox::commit);
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
    if (!m_document)
        return;
    const auto id = m_document->review().timeZone;
    if (findText(id) < 0)
        addItem(id);
    if (currentText() != id)
        setCurrentText(id);
}

void TimeZoneComboBox::commit()
{
    if (!m_document)
        return;
    const auto id = currentText().trimmed();
    if (QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        model::commands::setField(*m_document, Field::TimeZone, id);
    else
        refresh(); // not a zone: back to the one in use
}

} // namespace hindsight::editor
