// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace hindsight::editor {

namespace {

// Stands for "no date": no review plans actions due in 1900.
const QDate Unset(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setMinimumDate(Unset);
    setSpecialValueText(tr("Not set"));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setToolTip(tr("Ctrl+Delete clears the date."));
    setDate(Unset);
}

QDate OptionalDateEdit::value() const
{
    return isSet() ? date() : QDate();
}

void OptionalDateEdit::setValue(QDate date)
{
    setDate(date.isValid() && date > Unset ? date : Unset);
}

bool OptionalDateEdit::isSet() const
{
    return date() != Unset;
}

void OptionalDateEdit::clear()
{
    setDate(Unset);
}

void OptionalDateEdit::startFromToday()
{
    setDate(QDate::currentDate());
    setCurrentSection(QDateTimeEdit::DaySection);
}

void OptionalDateEdit::stepBy(int steps)
{
    if (!isSet()) {
        startFromToday();
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    const bool wholeText = lineEdit()->selectedText() == lineEdit()->text();
    if (erase && (event->modifiers() & Qt::ControlModifier || wholeText)) {
        clear();
        selectAll();
        return;
    }
    if (!isSet() && !event->text().isEmpty() && event->text().at(0).isDigit()) {
        // The special text cannot be typed over: start from a real date, then let the typing
        // replace it section by section.
        setDate(QDate::currentDate());
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    // The calendar opens on the current value: January 1900 helps nobody.
    if (!isSet())
        setDate(QDate::currentDate());
    QDateEdit::mousePressEvent(event);
}

} // namespace hindsight::editor
