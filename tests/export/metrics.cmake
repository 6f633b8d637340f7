# SPDX-FileCopyrightText: Hindsight contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Metric imports (export/metrics/): the three fixture exports read against their own rows, every
# kind of bad input, a million rows, and decimation.
hindsight_add_test(tst_metricseries
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricseries.cpp
    LIBRARIES hindsight_export)
