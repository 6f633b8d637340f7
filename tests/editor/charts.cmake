# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The metric chart (editor/charts/): milestone markers at their times, the incident window,
# the time axis in the display zone, and PDF output read back with poppler-utils (pdftotext,
# pdfimages); it fails, with a message, when they are missing.
hindsight_add_test(tst_chartview
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_chartview.cpp
    LIBRARIES hindsight_editor)
hindsight_add_test(tst_chartviewscale
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_chartviewscale.cpp
    LIBRARIES hindsight_editor)
