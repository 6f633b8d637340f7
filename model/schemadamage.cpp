// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadamage.h"

#include "rows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hindsight::model {

namespace {

struct Table
{
    QString name;
    QStringList columns;
};

QList<Table> expectedTables(int version)
{
    QList<Table> tables{{QStringLiteral("field"), {QStringLiteral("name"), QStringLiteral("value")}}};
    forEachRowType([&]<typename Row>() {
        if (version < tableSince<Row>())
            return;
        Table table{QString::fromLatin1(RowTraits<Row>::sqlTable), {QStringLiteral("id"), QStringLiteral("position")}};
        for (const auto &column : RowTraits<Row>::columns)
            table.columns.append(QString::fromLatin1(column.sqlName));
        tables.append(table);
    });
    if (version >= 4) {
        tables.append(
            {QStringLiteral("comment"),
             {QStringLiteral("id"), QStringLiteral("change"), QStringLiteral("target"), QStringLiteral("author"),
              QStringLiteral("time"), QStringLiteral("text"), QStringLiteral("section"), QStringLiteral("anchor"),
              QStringLiteral("field"), QStringLiteral("quote"), QStringLiteral("position"), QStringLiteral("row_table"),
              QStringLiteral("row_id")}});
        tables.append({QStringLiteral("sign_off"),
                       {QStringLiteral("id"), QStringLiteral("reviewer"), QStringLiteral("verdict"),
                        QStringLiteral("time"), QStringLiteral("text")}});
    }
    return tables;
}

// A name from the file, shown in a one-line message.
QString shown(const QString &name)
{
    const QString line = name.simplified();
    return line.size() > 40 ? line.left(39) + QChar(0x2026) : line;
}

QString failure(const QSqlQuery &query)
{
    return query.lastError().text().simplified();
}

} // namespace

QString SchemaDamage::find(const QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1")))
        return failure(query);
    if (query.next()) {
        return tr("it holds a trigger (“%1”), which Hindsight never makes and which would run on its writes")
            .arg(shown(query.value(0).toString()));
    }

    QSqlQuery object(db);
    object.setForwardOnly(true);
    if (!object.prepare(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE name = ? COLLATE NOCASE AND "
                                       "type IN ('table', 'view')")))
        return failure(object);
    for (const auto &table : expectedTables(version)) {
        object.bindValue(0, table.name);
        if (!object.exec())
            return failure(object);
        if (!object.next())
            return tr("the table “%1” is missing").arg(table.name);
        if (object.value(0).toString() == QLatin1String("view"))
            return tr("the table “%1” has been replaced by a view").arg(table.name);
        if (object.value(1).toString().simplified().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return tr("the table “%1” has been replaced by a virtual table").arg(table.name);
        object.finish();

        // hidden: 0 for a stored column, 2 and 3 for computed ones (1 only in virtual tables).
        if (!query.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(table.name)))
            return failure(query);
        QStringList stored;
        while (query.next()) {
            const QString column = query.value(1).toString();
            if (query.value(6).toInt() != 0)
                return tr("the column “%1” of the table “%2” is computed, not stored").arg(shown(column), table.name);
            stored.append(column.toLower());
        }
        for (const auto &column : table.columns) {
            if (!stored.contains(column))
                return tr("the table “%1” has no column “%2”").arg(table.name, column);
        }
    }
    return {};
}

} // namespace hindsight::model
