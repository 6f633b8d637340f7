# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# The Markdown export test reads what it wrote back with cmark-gfm, GitHub's own parser
# (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev), whose one .pc file links both the
# parser and its table extension.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)

hindsight_add_test(tst_markdownexporter
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_markdownexporter.cpp
    LIBRARIES hindsight_export PkgConfig::CMARK_GFM)
hindsight_add_test(tst_redaction
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_redaction.cpp
    LIBRARIES hindsight_export)
