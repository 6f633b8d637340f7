// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace hindsight::model {

// What a review file's schema may not hold, however the file came to be: a view or a virtual
// table where a table should be (reading a recursive view never ends), a table or column
// missing, a computed column (its expression runs on every read), or a trigger (it would run on
// Hindsight's own writes). Checked before any row is read, so nothing but real tables is read.
// Tables, views and indexes that Hindsight does not know are left alone.
class SchemaDamage final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDamage)

public:
    // The first problem, for people ("the table “event” has been replaced by a view"), or empty
    // when there is none. version is the file's format version, which says the tables it has.
    static QString find(const QSqlDatabase &db, int version);
};

} // namespace hindsight::model
