# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Figures in the PDF and Markdown exports, drawn by the editor's chart renderer (so the test
# links hindsight_editor and runs a QApplication), read back with poppler-utils (pdftotext,
# pdfimages); it fails, with a message, when they are missing.
hindsight_add_test(tst_figureexport
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_figureexport.cpp
    LIBRARIES hindsight_export hindsight_editor)
