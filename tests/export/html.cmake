# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The HTML export: its page read as text, its figures decoded from the page. The sample review
# has a chart, drawn by the editor's renderer, which needs a QApplication.
hindsight_add_test(tst_htmlexporter
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_htmlexporter.cpp
    LIBRARIES hindsight_export hindsight_editor)
