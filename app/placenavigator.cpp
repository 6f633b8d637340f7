// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placenavigator.h"

#include "editor/figures/figurecard.h"
#include "editor/figures/figurestrip.h"
#include "editor/sections/sectioneditor.h"
#include "editor/sections/sectionlistview.h"
#include "editor/widgets/rowtable.h"
#include "mainwindow.h"

#include <QItemSelectionModel>
#include <QScrollArea>
#include <QTableView>

namespace hindsight::app {

void showPlace(MainWindow &window, const exporting::ReviewPlace &place)
{
    // The title is edited on the Summary page.
    const int section = place.section < 0 ? int(model::SectionKey::Summary) : place.section;
    auto *editor = window.sectionEditor();
    editor->showSection(section);
    window.sectionList()->setCurrentSection(section);
    window.activateWindow();
    if (place.rowId == 0)
        return;
    if (auto *strip = editor->currentFigureStrip()) {
        if (auto *card = strip->card(place.rowId)) {
            for (QWidget *parent = card->parentWidget(); parent; parent = parent->parentWidget()) {
                if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
                    scroll->ensureWidgetVisible(card);
                    break;
                }
            }
            card->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    // The page shown holds the row's table (the lessons' page one table for each kind).
    for (auto *table : editor->findChildren<editor::RowTable *>()) {
        if (!table->isVisibleTo(editor))
            continue;
        const QModelIndex index = table->indexOfId(place.rowId);
        if (!index.isValid())
            continue;
        auto *view = table->view();
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
}

} // namespace hindsight::app
