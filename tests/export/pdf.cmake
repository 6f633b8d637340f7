# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The PDF export test reads what it wrote back with poppler-utils (pdftotext, pdfinfo,
# pdffonts), as a reader's tools see it; it fails, with a message, when they are missing. The
# sample review has a chart, drawn by the editor's renderer, which needs a QApplication.
hindsight_add_test(tst_pdfexporter
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_pdfexporter.cpp
    LIBRARIES hindsight_export hindsight_editor)
# A long Markdown text, laid out as several documents, where one document would have its lines.
hindsight_add_test(tst_markdownblock
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_markdownblock.cpp
    LIBRARIES hindsight_export)
