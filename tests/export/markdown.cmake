# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Markdown export test reads what it wrote back with cmark-gfm, GitHub's own parser, as
# import/ does.

hindsight_add_test(tst_markdownexporter
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_markdownexporter.cpp
    LIBRARIES hindsight_export PkgConfig::CMARK_GFM)
hindsight_add_test(tst_redaction
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_redaction.cpp
    LIBRARIES hindsight_export)
# Breaks that let a line end anywhere in a word of thousands of characters.
hindsight_add_test(tst_longwordbreaker
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_longwordbreaker.cpp
    LIBRARIES hindsight_export)
# Markdown rendered into a QTextDocument, as the PDF and the export preview show it.
hindsight_add_test(tst_markdowndocumentbuilder
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_markdowndocumentbuilder.cpp
    LIBRARIES hindsight_export)
