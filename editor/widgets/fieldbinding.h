// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <functional>

class QAbstractButton;
class QComboBox;
class QLineEdit;

// Binds a form widget to one scalar field of a review: the user's edits push
// commands::setField (typing merges into one undo step), and the widget follows fieldChanged
// (undo, redo, the same field edited elsewhere) without pushing anything back. Only signals
// that report user edits (textEdited, activated, clicked) write, so a refresh cannot loop; a
// widget that already shows the value is left alone, keeping its cursor. On a read-only
// document the widgets show the values and refuse edits.
//
// The connections live as long as the widget; the document must outlive it.
namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class OptionalDateTimeEdit;

void bindLineEdit(QLineEdit *edit, model::ReviewDocument &document, model::Field field);
// Items carry the field's int values as item data (enums, severity).
void bindComboBox(QComboBox *combo, model::ReviewDocument &document, model::Field field);
// The same, asking accept first whether the value chosen may be written; a refused choice puts
// the combo box back to the review's value.
void bindComboBox(QComboBox *combo, model::ReviewDocument &document, model::Field field,
                  std::function<bool(int value)> accept);
// An editable combo whose text is the value (a currency).
void bindEditableComboBox(QComboBox *combo, model::ReviewDocument &document, model::Field field);
void bindCheckBox(QAbstractButton *box, model::ReviewDocument &document, model::Field field);
// Checked means Visibility::Public: the customer version contains the section.
void bindPublicCheckBox(QAbstractButton *box, model::ReviewDocument &document, model::Field field);

// A figure that may be unknown: an empty input is an invalid QVariant.
enum class Figure { Integer, Decimal };
void bindFigureEdit(QLineEdit *edit, model::ReviewDocument &document, model::Field field, Figure figure);

void bindDateTimeEdit(OptionalDateTimeEdit *edit, model::ReviewDocument &document, model::Field field);

} // namespace hindsight::editor
