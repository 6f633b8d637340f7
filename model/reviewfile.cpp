// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfile.h"

#include "names.h"
#include "reviewdamage.h"
#include "reviewfields.h"
#include "rows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>
#include <QUuid>

namespace hindsight::model {

namespace {

QString sqlTypeName(SqlType type)
{
    switch (type) {
    case SqlType::Text:
        return QStringLiteral("TEXT NOT NULL DEFAULT ''");
    case SqlType::Integer:
    case SqlType::DateTime:
        return QStringLiteral("INTEGER");
    case SqlType::Real:
        return QStringLiteral("REAL");
    case SqlType::Date:
        return QStringLiteral("TEXT");
    case SqlType::Blob:
        return QStringLiteral("BLOB");
    }
    return {};
}

QVariant toSql(const QVariant &value, SqlType type)
{
    switch (type) {
    case SqlType::DateTime: {
        const auto time = value.toDateTime();
        return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    }
    case SqlType::Date: {
        const auto date = value.toDate();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
    }
    case SqlType::Text:
        return value.toString();
    case SqlType::Blob: {
        const auto bytes = value.toByteArray();
        return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
    }
    default:
        return value;
    }
}

QVariant fromSql(const QVariant &value, SqlType type)
{
    switch (type) {
    case SqlType::DateTime:
        return value.isNull() ? QVariant(QDateTime())
                              : QVariant(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC));
    case SqlType::Date:
        return value.isNull() ? QVariant(QDate()) : QVariant(QDate::fromString(value.toString(), Qt::ISODate));
    default:
        return value;
    }
}

SqlType fieldSqlType(Field field)
{
    return field == Field::DetectionTime ? SqlType::DateTime : SqlType::Integer;
}

QVariant fieldToSql(const Review &review, Field field)
{
    const auto value = fieldValue(review, field);
    if (field == Field::DetectionTime)
        return toSql(value, SqlType::DateTime);
    if (value.typeId() == QMetaType::Bool)
        return int(value.toBool());
    return value;
}

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

struct Header
{
    QString error;
    int userVersion = 0;
};

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QFileInfo(path).fileName());
}

// Every SQLite file starts with it; a review's header also holds ApplicationId at offset 68.
const QByteArray sqliteMagic("SQLite format 3\0", 16);

quint32 applicationIdOf(const QByteArray &header)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + 68);
}

// Reads the SQLite header ourselves, so that a file we refuse is never opened by SQLite and so
// never changed (not even a journal created beside it).
Header checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ReviewFile::tr("Could not read %1: %2.").arg(quoted(path), file.errorString())};
    const auto size = file.size();
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return {ReviewFile::tr("%1 is empty: it is not a Hindsight review.").arg(quoted(path))};
    if (!header.startsWith(sqliteMagic))
        return {ReviewFile::tr("%1 is not a Hindsight review.").arg(quoted(path))};
    if (header.size() < 100)
        return {ReviewFile::tr("%1 is damaged: the file has been cut short.").arg(quoted(path))};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 applicationId = applicationIdOf(header);
    const int userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    if (applicationId != ReviewFile::ApplicationId)
        return {ReviewFile::tr("%1 is a database, but not a Hindsight review.").arg(quoted(path))};
    if (userVersion > ReviewFile::SchemaVersion) {
        return {ReviewFile::tr("%1 was written by a newer version of Hindsight (file format %2; this version reads "
                               "format %3 and older). It was left untouched; open it with a newer Hindsight.")
                    .arg(quoted(path))
                    .arg(userVersion)
                    .arg(ReviewFile::SchemaVersion)};
    }
    if (userVersion < 1)
        return {ReviewFile::tr("%1 is damaged: it has no file format version.").arg(quoted(path))};
    // The header records the database size in pages (valid when the two change counters
    // agree); a file shorter than that lost its end.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (countValid && pageCount > 0 && size < pageCount * pageSize)
        return {ReviewFile::tr("%1 is damaged: the file has been cut short.").arg(quoted(path))};
    return {QString(), userVersion};
}

QString lockPath(const QString &path)
{
    const auto canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    const auto hash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex();
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/hindsight-locks");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

// One table per row type, named by its RowTraits, with its columns in RowTraits column order
// after the id and the position.
template <typename Row>
QString createTable(QSqlDatabase &db)
{
    QStringList columns{QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("position INTEGER NOT NULL")};
    for (const auto &column : RowTraits<Row>::columns)
        columns.append(QString::fromLatin1(column.sqlName) + QLatin1Char(' ') + sqlTypeName(column.sqlType));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE %1 (%2)")
                        .arg(QString::fromLatin1(RowTraits<Row>::sqlTable), columns.join(QStringLiteral(", ")))))
        return lastError(query);
    return {};
}

template <typename Row>
QString loadRows(QSqlDatabase &db, Review &review)
{
    using Traits = RowTraits<Row>;
    QStringList names{QStringLiteral("id")};
    for (const auto &column : Traits::columns)
        names.append(QString::fromLatin1(column.sqlName));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY position, id")
                        .arg(names.join(QStringLiteral(", ")), QString::fromLatin1(Traits::sqlTable))))
        return lastError(query);
    auto &list = review.*Traits::list;
    list.clear();
    while (query.next()) {
        Row row;
        row.id = query.value(0).toLongLong();
        for (int c = 0; c < Traits::ColumnCount; ++c)
            Traits::setValue(row, c, fromSql(query.value(c + 1), Traits::columns[c].sqlType));
        list.append(std::move(row));
    }
    if (query.lastError().isValid())
        return lastError(query);
    return {};
}

template <typename Row>
QString writeRows(QSqlDatabase &db, const Review &review, const QSet<qint64> &ids, bool all)
{
    using Traits = RowTraits<Row>;
    const auto &list = review.*Traits::list;
    const auto table = QString::fromLatin1(Traits::sqlTable);
    QStringList names{QStringLiteral("id"), QStringLiteral("position")};
    for (const auto &column : Traits::columns)
        names.append(QString::fromLatin1(column.sqlName));
    QSqlQuery upsert(db);
    if (!upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
        return lastError(upsert);
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)))
        return lastError(remove);

    auto writeRow = [&](int position) {
        const Row &row = list.at(position);
        upsert.bindValue(0, row.id);
        upsert.bindValue(1, position);
        for (int c = 0; c < Traits::ColumnCount; ++c)
            upsert.bindValue(c + 2, toSql(Traits::value(row, c), Traits::columns[c].sqlType));
        return upsert.exec();
    };

    if (all) {
        QSqlQuery clear(db);
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return lastError(clear);
        for (int i = 0; i < list.size(); ++i) {
            if (!writeRow(i))
                return lastError(upsert);
        }
        return {};
    }
    if (ids.isEmpty())
        return {};
    QHash<qint64, int> positions;
    positions.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        positions.insert(list.at(i).id, i);
    for (const auto id : ids) {
        const auto it = positions.constFind(id);
        if (it != positions.cend()) {
            if (!writeRow(*it))
                return lastError(upsert);
        } else {
            remove.bindValue(0, id);
            if (!remove.exec())
                return lastError(remove);
        }
    }
    return {};
}

} // namespace

bool ChangeSet::isEmpty() const
{
    if (all || !fields.isEmpty())
        return false;
    return std::all_of(rows.cbegin(), rows.cend(), [](const auto &ids) { return ids.isEmpty(); });
}

ReviewFile::~ReviewFile()
{
    if (!m_connection.isEmpty()) {
        {
            auto db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    // SQLite makes the WAL index and an empty log beside a WAL file even for a read-only reader,
    // and cannot delete them then. Left behind, they puzzle the owner of the folder (a review
    // exported from the command line gains two files). They are removed when this reader made
    // them, the log is empty, and no other Hindsight has the file open.
    if (m_readOnly && m_madeSideFiles) {
        const QString wal = m_path + QStringLiteral("-wal");
        const QString shm = m_path + QStringLiteral("-shm");
        QLockFile lock(lockPath(m_path));
        lock.setStaleLockTime(0);
        if (QFileInfo(wal).exists() && QFileInfo(wal).size() == 0 && lock.tryLock(0)) {
            QFile::remove(wal);
            QFile::remove(shm);
        }
    }
}

QString ReviewFile::connectAndLock(Mode mode, QString *readOnlyReason)
{
    m_readOnly = mode == Mode::ReadOnly;
    m_madeSideFiles =
        !QFileInfo::exists(m_path + QStringLiteral("-wal")) && !QFileInfo::exists(m_path + QStringLiteral("-shm"));
    if (!m_readOnly) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_path));
        m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
        if (!m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString app;
            m_lock->getLockInfo(&pid, &host, &app);
            m_lock.reset();
            m_readOnly = true;
            *readOnlyReason = tr("%1 is open in another Hindsight window (process %2), so it was opened read-only "
                                 "here. Close it there to edit it here.")
                                  .arg(quoted(m_path))
                                  .arg(pid);
        } else if (!QFileInfo(m_path).isWritable() && QFileInfo::exists(m_path)) {
            m_lock.reset();
            m_readOnly = true;
            *readOnlyReason =
                tr("You do not have permission to change %1, so it was opened read-only.").arg(quoted(m_path));
        }
    }

    m_connection = QStringLiteral("hindsight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return tr("Could not open %1: %2").arg(quoted(m_path), db.lastError().text());
    return {};
}

ReviewFile::Opened ReviewFile::open(const QString &path, Mode mode)
{
    Opened result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1 does not exist.").arg(quoted(path));
        return result;
    }
    // Opening a named pipe or a device would wait forever for data that is no review.
    if (!info.isFile()) {
        result.error = info.isDir()
                           ? tr("%1 is a folder, not a Hindsight review.").arg(quoted(path))
                           : tr("%1 is not a regular file, so it is not a Hindsight review.").arg(quoted(path));
        return result;
    }
    const auto header = checkHeader(path);
    if (!header.error.isEmpty()) {
        result.error = header.error;
        return result;
    }

    std::unique_ptr<ReviewFile> file(new ReviewFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    if (auto error = file->connectAndLock(mode, &result.readOnlyReason); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    auto db = QSqlDatabase::database(file->m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
        query.value(0).toString() != QStringLiteral("ok")) {
        result.error =
            tr("%1 is damaged and cannot be opened (%2). It was left untouched.")
                .arg(quoted(path), query.lastError().isValid() ? lastError(query) : query.value(0).toString());
        return result;
    }
    if (!file->m_readOnly) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
            result.error = tr("Could not prepare %1 for writing: %2").arg(quoted(path), lastError(query));
            return result;
        }
        if (header.userVersion < SchemaVersion) {
            if (auto error = file->migrate(header.userVersion); !error.isEmpty()) {
                result.error = error;
                return result;
            }
        }
    } else if (header.userVersion < SchemaVersion) {
        result.error = tr("%1 uses an older file format and must be upgraded, which cannot be done while it is "
                          "read-only.")
                           .arg(quoted(path));
        return result;
    }
    if (auto error = file->load(result.review); !error.isEmpty()) {
        result.error = tr("%1 could not be read: %2").arg(quoted(path), error);
        return result;
    }
    // Checked where it is read: no view, export or command meets a value that names nothing.
    if (const auto damage = ReviewDamage::find(result.review); !damage.isEmpty()) {
        result.error = tr("%1 is damaged: %2. It was left untouched.").arg(quoted(path), damage);
        result.review = Review();
        return result;
    }
    result.file = std::move(file);
    return result;
}

bool ReviewFile::isReview(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    return header.size() == 72 && header.startsWith(sqliteMagic) && applicationIdOf(header) == ApplicationId;
}

ReviewFile::Opened ReviewFile::create(const QString &path, const Review &review)
{
    Opened result;
    // O_EXCL: the check and the creation are one step, so a concurrent creator cannot slip in
    // between. SQLite takes an empty file as a new database.
    {
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            result.error = QFileInfo::exists(path) || QFileInfo(path).isSymLink()
                               ? tr("%1 already exists.").arg(quoted(path))
                               : tr("Could not create %1: %2").arg(quoted(path), claim.errorString());
            return result;
        }
    }
    std::unique_ptr<ReviewFile> file(new ReviewFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    QString ignored;
    if (auto error = file->connectAndLock(Mode::ReadWrite, &ignored); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    // The schema, the application id and the version go straight into the main file (rollback
    // journal), so that its header identifies it even if the process dies right after.
    if (auto error = file->createSchema(); !error.isEmpty()) {
        file.reset();
        QFile::remove(path);
        result.error = tr("Could not create %1: %2").arg(quoted(path), error);
        return result;
    }
    ChangeSet all;
    all.all = true;
    if (auto error = file->write(review, all); !error.isEmpty()) {
        file.reset();
        QFile::remove(path);
        result.error = tr("Could not create %1: %2").arg(quoted(path), error);
        return result;
    }
    result.review = review;
    result.file = std::move(file);
    return result;
}

QString ReviewFile::createSchema()
{
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
        return lastError(query);
    if (!db.transaction())
        return db.lastError().text();
    QString error;
    if (!query.exec(QStringLiteral("CREATE TABLE field (name TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID")))
        error = lastError(query);
    forEachRowType([&]<typename Row>() {
        if (error.isEmpty())
            error = createTable<Row>(db);
    });
    if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)))
        error = lastError(query);
    if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)))
        error = lastError(query);
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return lastError(query);
    return {};
}

QString ReviewFile::migrate(int fromVersion)
{
    // Each entry upgrades version (index + 1) to (index + 2). Migrations run with a rollback
    // journal so that the new version number lands in the main file's header at once.
    // Written out, not generated from the tables above: a migration is history and must not
    // change when the current schema does.
    static const QList<QStringList> migrations = {
        // 1 → 2: figures (images and charts) in sections.
        {QStringLiteral("CREATE TABLE figure (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, section INTEGER, "
                        "kind INTEGER, title TEXT NOT NULL DEFAULT '', caption TEXT NOT NULL DEFAULT '', "
                        "visibility INTEGER, source TEXT NOT NULL DEFAULT '', image BLOB, series BLOB)")},
    };
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
        return lastError(query);
    if (!db.transaction())
        return db.lastError().text();
    for (int version = fromVersion; version < SchemaVersion; ++version) {
        for (const auto &statement : migrations.value(version - 1)) {
            if (!query.exec(statement)) {
                const auto error = lastError(query);
                db.rollback();
                return tr("Could not upgrade %1 to the current file format: %2").arg(quoted(m_path), error);
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)) || !db.commit()) {
        db.rollback();
        return tr("Could not upgrade %1 to the current file format.").arg(quoted(m_path));
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return lastError(query);
    return {};
}

QString ReviewFile::load(Review &review)
{
    auto db = QSqlDatabase::database(m_connection);
    review = Review();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, value FROM field")))
        return lastError(query);
    while (query.next()) {
        // Fields this version does not know (from a later minor change) are ignored, not fatal.
        const auto field = fieldFromName(query.value(0).toString());
        if (!field)
            continue;
        auto value = query.value(1);
        if (fieldSqlType(*field) == SqlType::DateTime)
            value = fromSql(value, SqlType::DateTime);
        setFieldValue(review, *field, value);
    }
    QString error;
    forEachRowType([&]<typename Row>() {
        if (error.isEmpty())
            error = loadRows<Row>(db, review);
    });
    return error;
}

QString ReviewFile::write(const Review &review, const ChangeSet &changes)
{
    if (m_readOnly)
        return tr("%1 is open read-only.").arg(quoted(m_path));
    if (changes.isEmpty())
        return {};
    auto db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return db.lastError().text();
    QString error;
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO field (name, value) VALUES (?, ?)")))
        error = lastError(query);
    for (int f = 0; f < FieldCount && error.isEmpty(); ++f) {
        const auto field = Field(f);
        if (!changes.all && !changes.fields.contains(field))
            continue;
        query.bindValue(0, fieldName(field));
        query.bindValue(1, fieldToSql(review, field));
        if (!query.exec())
            error = lastError(query);
    }
    forEachRowType([&]<typename Row>() {
        if (error.isEmpty())
            error = writeRows<Row>(db, review, changes.rows[RowTraits<Row>::typeIndex], changes.all);
    });
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

QString ReviewFile::copyTo(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return tr("Could not replace %1.").arg(quoted(path));
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return lastError(query);
    query.bindValue(0, QFileInfo(path).absoluteFilePath());
    if (!query.exec())
        return tr("Could not write %1: %2").arg(quoted(path), lastError(query));
    return {};
}

} // namespace hindsight::model
