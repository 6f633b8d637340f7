# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Markdown highlighting every Markdown field gets (editor/widgets/markdownhighlighter.h over
# highlight/): the built-in highlighter in every build, and KSyntaxHighlighting's in builds that
# have it (HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING).
hindsight_add_test(tst_markdownhighlighter
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markdownhighlighter.cpp
    LIBRARIES hindsight_editor)
