// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hindsight::app::recent {

inline constexpr int MaxFiles = 10;
// The settings key of the recent reviews, newest first.
inline QString settingsKey()
{
    return QStringLiteral("recentFiles");
}

} // namespace hindsight::app::recent
