# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One full repaint of the timeline with 10,000 events, at fit-all and at a one-hour window.
hindsight_add_benchmark(bench_timeline SOURCES bench_timeline.cpp LIBRARIES hindsight_editor)
