// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklocator.h"

#include "editor/sections/sectioneditor.h"
#include "editor/widgets/rowtable.h"
#include "model/names.h"
#include "model/reviewmodel.h"

#include <QItemSelectionModel>
#include <QScrollArea>
#include <QTableView>

namespace hindsight::editor {

namespace {

// The scroll area of the section page, so that a field below the fold comes into view.
void bringIntoView(QWidget *widget)
{
    for (auto *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(widget);
            return;
        }
    }
}

// Only widgets on the page now shown: every section's page exists, and field names repeat
// nowhere, but row tables of one type may (the three lessons lists).
template <typename W>
QList<W *> onCurrentPage(SectionEditor &editor)
{
    QList<W *> found;
    for (auto *widget : editor.findChildren<W *>()) {
        if (widget->isVisibleTo(&editor))
            found.append(widget);
    }
    return found;
}

} // namespace

QWidget *goToCheckLocation(SectionEditor &editor, const model::CheckLocation &location)
{
    editor.showSection(location.additionalNote ? model::ReviewModel::AdditionalNotesRow : int(location.section));
    if (location.rowId != 0) {
        for (auto *table : onCurrentPage<RowTable>(editor)) {
            const auto index = table->indexOfId(location.rowId);
            if (!index.isValid())
                continue;
            auto *view = table->view();
            view->selectionModel()->setCurrentIndex(index,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(index);
            bringIntoView(table);
            view->setFocus(Qt::OtherFocusReason);
            return view;
        }
        return nullptr;
    }
    if (location.field) {
        const auto name = model::fieldName(*location.field);
        for (auto *widget : onCurrentPage<QWidget>(editor)) {
            if (widget->objectName() != name)
                continue;
            bringIntoView(widget);
            // A compound editor (a date and time with a "set" box) passes the focus on itself.
            widget->setFocus(Qt::OtherFocusReason);
            return widget;
        }
    }
    return nullptr;
}

} // namespace hindsight::editor
