# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# PDF export of a 2,000-event review against pandoc + wkhtmltopdf (docs/PERFORMANCE.md).
# The sample's chart is drawn by the editor's renderer.
hindsight_add_benchmark(bench_pdf SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_pdf.cpp LIBRARIES hindsight_editor)

# PDF export of reviews with one very long text: log lines, unbroken lines, captions, a summary.
hindsight_add_benchmark(bench_longtext SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_longtext.cpp LIBRARIES hindsight_export)

# The export dialog's side-by-side preview of the sample: layout of both versions, then each page.
hindsight_add_benchmark(bench_exportpreview SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/bench_exportpreview.cpp LIBRARIES hindsight_editor)
