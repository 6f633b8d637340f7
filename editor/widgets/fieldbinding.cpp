// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldbinding.h"

#include "model/commands.h"
#include "model/reviewdocument.h"
#include "model/reviewfields.h"
#include "optionaldatetimeedit.h"
#include "undokeyfilter.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleValidator>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace hindsight::editor {

namespace {

using model::Field;
using model::ReviewDocument;

QVariant valueOf(const ReviewDocument &document, Field field)
{
    return model::fieldValue(document.review(), field);
}

// Calls refresh now and whenever field changes, for as long as widget lives.
template <typename Refresh>
void follow(QWidget *widget, ReviewDocument &document, Field field, Refresh refresh)
{
    refresh();
    QObject::connect(&document, &ReviewDocument::fieldChanged, widget, [field, refresh](Field changed) {
        if (changed == field)
            refresh();
    });
}

void write(ReviewDocument &document, Field field, const QVariant &value)
{
    if (!document.isReadOnly())
        model::commands::setField(document, field, value);
}

} // namespace

void bindLineEdit(QLineEdit *edit, ReviewDocument &document, Field field)
{
    edit->setReadOnly(document.isReadOnly());
    UndoKeyFilter::install(edit, &document);
    follow(edit, document, field, [edit, &document, field] {
        const auto text = valueOf(document, field).toString();
        if (edit->text() == text)
            return;
        edit->setText(text);
        // A long value shows its beginning, unless the user is working in the input.
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    });
    QObject::connect(edit, &QLineEdit::textEdited, edit,
                     [&document, field](const QString &text) { write(document, field, text); });
}

void bindComboBox(QComboBox *combo, ReviewDocument &document, Field field)
{
    bindComboBox(combo, document, field, {});
}

void bindComboBox(QComboBox *combo, ReviewDocument &document, Field field, std::function<bool(int value)> accept)
{
    combo->setEnabled(!document.isReadOnly());
    const auto show = [combo, &document, field] {
        combo->setCurrentIndex(combo->findData(valueOf(document, field).toInt()));
    };
    follow(combo, document, field, show);
    QObject::connect(combo, &QComboBox::activated, combo, [combo, &document, field, accept, show] {
        const int value = combo->currentData().toInt();
        if (accept && value != valueOf(document, field).toInt() && !accept(value)) {
            show();
            return;
        }
        write(document, field, value);
    });
}

void bindEditableComboBox(QComboBox *combo, ReviewDocument &document, Field field)
{
    Q_ASSERT(combo->isEditable());
    combo->setEnabled(!document.isReadOnly());
    combo->setInsertPolicy(QComboBox::NoInsert);
    UndoKeyFilter::install(combo->lineEdit(), &document);
    follow(combo, document, field, [combo, &document, field] {
        const auto text = valueOf(document, field).toString();
        if (combo->currentText() != text)
            combo->setEditText(text);
    });
    QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, combo,
                     [&document, field](const QString &text) { write(document, field, text); });
    QObject::connect(combo, &QComboBox::activated, combo,
                     [combo, &document, field] { write(document, field, combo->currentText()); });
}

void bindCheckBox(QAbstractButton *box, ReviewDocument &document, Field field)
{
    box->setEnabled(!document.isReadOnly());
    follow(box, document, field, [box, &document, field] { box->setChecked(valueOf(document, field).toBool()); });
    QObject::connect(box, &QAbstractButton::clicked, box,
                     [&document, field](bool checked) { write(document, field, checked); });
}

void bindPublicCheckBox(QAbstractButton *box, ReviewDocument &document, Field field)
{
    box->setEnabled(!document.isReadOnly());
    follow(box, document, field, [box, &document, field] {
        box->setChecked(valueOf(document, field).toInt() == int(model::Visibility::Public));
    });
    QObject::connect(box, &QAbstractButton::clicked, box, [&document, field](bool checked) {
        write(document, field, int(checked ? model::Visibility::Public : model::Visibility::Internal));
    });
}

void bindFigureEdit(QLineEdit *edit, ReviewDocument &document, Field field, Figure figure)
{
    edit->setReadOnly(document.isReadOnly());
    UndoKeyFilter::install(edit, &document);
    if (figure == Figure::Integer) {
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,15}")), edit));
    } else {
        auto *validator = new QDoubleValidator(0, 1e15, 2, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
    }
    // What the text means: an invalid variant when empty (unknown) or not a number yet.
    const auto parse = [edit, figure]() -> QVariant {
        const auto text = edit->text().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        if (figure == Figure::Integer) {
            const auto number = edit->locale().toLongLong(text, &ok);
            return ok ? QVariant(number) : QVariant();
        }
        const auto number = edit->locale().toDouble(text, &ok);
        return ok ? QVariant(number) : QVariant();
    };
    follow(edit, document, field, [edit, &document, field, figure, parse] {
        const auto value = valueOf(document, field);
        if (parse() == value)
            return;
        auto locale = edit->locale();
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        if (!value.isValid())
            edit->clear();
        else if (figure == Figure::Integer)
            edit->setText(locale.toString(value.toLongLong()));
        else
            edit->setText(locale.toString(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    });
    QObject::connect(edit, &QLineEdit::textEdited, edit,
                     [&document, field, parse] { write(document, field, parse()); });
}

void bindDateTimeEdit(OptionalDateTimeEdit *edit, ReviewDocument &document, Field field)
{
    edit->setReadOnly(document.isReadOnly());
    follow(edit, document, field, [edit, &document, field] { edit->setValue(valueOf(document, field).toDateTime()); });
    QObject::connect(edit, &OptionalDateTimeEdit::valueEdited, edit,
                     [&document, field](const QDateTime &value) { write(document, field, value); });
}

} // namespace hindsight::editor
