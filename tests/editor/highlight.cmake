# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Highlighting (export/highlight/, editor/highlight/): the built-in highlighters in every build,
# and KSyntaxHighlighting's in builds that have it (HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING).
hindsight_add_test(tst_codehighlighter
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_codehighlighter.cpp
    LIBRARIES hindsight_export)
hindsight_add_test(tst_markdownhighlighter
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdownhighlighter.cpp
    LIBRARIES hindsight_editor)
