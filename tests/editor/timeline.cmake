# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The timeline widget (editor/timeline/): its axis ticks, its event index and clustering, how it
# follows the model, and the view driven through the model, the mouse and the keyboard.
hindsight_add_test(tst_timelineviewaxis
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timelineviewaxis.cpp
    LIBRARIES hindsight_editor)
hindsight_add_test(tst_timelineviewindex
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timelineviewindex.cpp
    LIBRARIES hindsight_editor)
hindsight_add_test(tst_timelineviewtracker
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timelineviewtracker.cpp
    LIBRARIES hindsight_editor)
hindsight_add_test(tst_timelineview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_timelineview.cpp
    LIBRARIES hindsight_editor)
