# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Which highlighter colours Markdown and code: KDE's KSyntaxHighlighting (KF6; Debian 13,
# Fedora, Arch, Ubuntu 24.10 and newer) or Hindsight's small built-in one (Debian 12 has no KF6).
#
#   -DHINDSIGHT_SYNTAX_HIGHLIGHTING=AUTO   KSyntaxHighlighting when found, else built-in (default)
#   -DHINDSIGHT_SYNTAX_HIGHLIGHTING=ON     KSyntaxHighlighting, or configure fails
#   -DHINDSIGHT_SYNTAX_HIGHLIGHTING=OFF    built-in, even when KSyntaxHighlighting is installed
#
# Sets HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING (TRUE or FALSE) for export/highlight/, which links
# KF6::SyntaxHighlighting and defines the macro of the same name for the code that uses it.
set(HINDSIGHT_SYNTAX_HIGHLIGHTING AUTO CACHE STRING
    "Highlight Markdown and code with KDE's KSyntaxHighlighting (KF6): AUTO, ON or OFF")
set_property(CACHE HINDSIGHT_SYNTAX_HIGHLIGHTING PROPERTY STRINGS AUTO ON OFF)

string(TOUPPER "${HINDSIGHT_SYNTAX_HIGHLIGHTING}" _hindsight_highlighting)
if(_hindsight_highlighting MATCHES "^(ON|YES|TRUE|Y|1)$")
    set(_hindsight_highlighting ON)
elseif(_hindsight_highlighting MATCHES "^(OFF|NO|FALSE|N|0)$")
    set(_hindsight_highlighting OFF)
elseif(NOT _hindsight_highlighting STREQUAL "AUTO")
    message(FATAL_ERROR "HINDSIGHT_SYNTAX_HIGHLIGHTING is '${HINDSIGHT_SYNTAX_HIGHLIGHTING}': use AUTO, ON or OFF.")
endif()

set(HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING FALSE)
if(_hindsight_highlighting STREQUAL "OFF")
    set(_hindsight_highlighter "built-in (HINDSIGHT_SYNTAX_HIGHLIGHTING=OFF)")
else()
    find_package(KF6SyntaxHighlighting QUIET)
    if(KF6SyntaxHighlighting_FOUND)
        set(HINDSIGHT_HAVE_KSYNTAXHIGHLIGHTING TRUE)
        set(_hindsight_highlighter "KSyntaxHighlighting ${KF6SyntaxHighlighting_VERSION} (KF6)")
    elseif(_hindsight_highlighting STREQUAL "ON")
        message(FATAL_ERROR
            "HINDSIGHT_SYNTAX_HIGHLIGHTING is ON, but KF6SyntaxHighlighting was not found.\n"
            "Install it (Debian 13 and newer: libkf6syntaxhighlighting-dev; Fedora: "
            "kf6-syntax-highlighting-devel; Arch: syntax-highlighting), point CMAKE_PREFIX_PATH at it, "
            "or configure with -DHINDSIGHT_SYNTAX_HIGHLIGHTING=AUTO or OFF for the built-in highlighter. "
            "Debian 12 has no KF6.")
    else()
        set(_hindsight_highlighter "built-in (KF6SyntaxHighlighting not found)")
    endif()
endif()

# Printed at the end of the configure output, where a summary is read.
cmake_language(DEFER DIRECTORY "${PROJECT_SOURCE_DIR}" CALL
    message STATUS "Hindsight syntax highlighting: ${_hindsight_highlighter}")
