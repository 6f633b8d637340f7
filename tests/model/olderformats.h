// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace hindsight::tests {

// The SQL that takes a review file of the current format back to what an older format wrote,
// for the tests of the upgrades: each step undoes one migration of ReviewFile::migrate().
inline QStringList downgradeTo(int version)
{
    QStringList statements;
    if (version < 4) {
        statements << QStringLiteral("DROP TABLE reviewer") << QStringLiteral("DROP TABLE comment")
                   << QStringLiteral("DROP TABLE sign_off")
                   << QStringLiteral("DELETE FROM field WHERE name = 'review.id'");
    }
    if (version < 3)
        statements << QStringLiteral("DELETE FROM field WHERE name LIKE 'impact.%.visibility'");
    if (version < 2)
        statements << QStringLiteral("DROP TABLE figure");
    statements << QStringLiteral("PRAGMA user_version=%1").arg(version);
    return statements;
}

} // namespace hindsight::tests
