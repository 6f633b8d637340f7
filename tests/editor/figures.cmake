# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Figures on the section pages (editor/figures/): the cards, their edits and undo, paste and
# drop, refusals, and the chart import dialog on the metrics fixtures.
hindsight_add_test(tst_figurestrip
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_figurestrip.cpp
    LIBRARIES hindsight_editor)
hindsight_add_test(tst_chartimportdialog
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_chartimportdialog.cpp
    LIBRARIES hindsight_editor)
