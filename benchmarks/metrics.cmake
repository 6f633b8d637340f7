# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# A 1,000,000-row metric export: import, decimation and one chart drawing, with peak memory.
hindsight_add_benchmark(bench_metrics SOURCES bench_metrics.cpp LIBRARIES hindsight_editor hindsight_export)
