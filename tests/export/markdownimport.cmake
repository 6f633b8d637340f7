# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

hindsight_add_test(tst_markdownimporter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_markdownimporter.cpp LIBRARIES hindsight_export)
