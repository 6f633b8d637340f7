// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfile.h"

#include "comments.h"
#include "names.h"
#include "reviewdamage.h"
#include "reviewfields.h"
#include "rows.h"
#include "schemadamage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>
#include <QUrl>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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
    case SqlType::Text:
        // Read as the bytes of textColumn(): Qt's own UTF-8 decoding keeps every character.
        return QString::fromUtf8(value.toByteArray());
    default:
        return value;
    }
}

// How a text column is selected. Qt takes text from SQLite as UTF-16, and SQLite's conversion
// turns U+FFFE and U+FFFF into U+FFFD; the stored UTF-8 bytes hold them whole.
QString textColumn(const QString &name)
{
    return QStringLiteral("CAST(%1 AS BLOB)").arg(name);
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

// One line: SQLite's messages may quote names from the file, and people are promised one line.
QString lastError(const QSqlQuery &query)
{
    return query.lastError().text().simplified();
}

// SQLite's integrity report, one problem a line under a heading per database, as one line: the
// first problem and how many more. Empty when the file is sound.
QString integrityProblem(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return lastError(query);
    QStringList problems;
    while (query.next()) {
        const auto lines = query.value(0).toString().split(QLatin1Char('\n'));
        for (const auto &line : lines) {
            const QString problem = line.simplified();
            if (!problem.isEmpty() && !problem.startsWith(QLatin1String("*** ")))
                problems.append(problem);
        }
    }
    if (query.lastError().isValid())
        return lastError(query);
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    if (problems.isEmpty())
        return ReviewFile::tr("its integrity could not be checked");
    if (problems.size() == 1)
        return problems.first();
    if (problems.size() == 2)
        return ReviewFile::tr("%1, and one more problem").arg(problems.first());
    return ReviewFile::tr("%1, and %2 more problems").arg(problems.first()).arg(problems.size() - 1);
}

// Whether this process may write path: asked for the user it runs as, as whom SQLite makes its
// files (QFileInfo asks for the user who started it).
bool mayWrite(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// The files SQLite keeps beside a review while it is written: a WAL log, or a rollback journal
// while the schema is made or upgraded.
bool hasLog(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal"));
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
    // Text is read as its UTF-8 bytes (see textColumn()); Hindsight never writes another encoding.
    if (qFromBigEndian<quint32>(bytes + 56) != 1) {
        return {ReviewFile::tr("%1 is a database, but not a Hindsight review: its text is not stored as UTF-8.")
                    .arg(quoted(path))};
    }
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
    QString temporary = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    if (temporary.isEmpty()) // TMPDIR names a folder that does not exist
        temporary = QStringLiteral("/tmp");
    const QString folder = temporary + QStringLiteral("/hindsight-locks");
    // Shared by every account on the machine, like the temporary folder itself: whoever makes it
    // opens it to all (sticky, so nobody removes another's lock). A folder only its maker could
    // write to would make every other account's reviews read-only.
    const QByteArray encoded = QFile::encodeName(folder);
    ::mkdir(encoded.constData(), 0777);
    // The mode mkdir() takes passes through the umask; an older Hindsight made it 0755.
    struct stat status = {};
    if (::stat(encoded.constData(), &status) == 0 && status.st_uid == ::geteuid() && (status.st_mode & 07777) != 01777)
        ::chmod(encoded.constData(), 01777);
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
    for (const auto &column : Traits::columns) {
        const auto name = QString::fromLatin1(column.sqlName);
        names.append(column.sqlType == SqlType::Text ? textColumn(name) : name);
    }
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

// The discussion's records (CommentRecord, SignOff): one table each, keyed by UUID, never
// updated in place. The columns' SQL is part of the file format (docs/format.md).
const QString CommentTable = QStringLiteral(
    "CREATE TABLE comment (id TEXT PRIMARY KEY NOT NULL, change INTEGER NOT NULL, target TEXT NOT NULL DEFAULT '', "
    "author TEXT NOT NULL DEFAULT '', time INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '', section INTEGER, "
    "anchor INTEGER, field TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '', position INTEGER, "
    "row_table TEXT NOT NULL DEFAULT '', row_id INTEGER) WITHOUT ROWID");
const QString SignOffTable =
    QStringLiteral("CREATE TABLE sign_off (id TEXT PRIMARY KEY NOT NULL, reviewer TEXT NOT NULL DEFAULT '', "
                   "verdict INTEGER NOT NULL, time INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '') WITHOUT ROWID");

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString text(const QSqlQuery &query, int column)
{
    return fromSql(query.value(column), SqlType::Text).toString();
}

QDateTime utc(const QSqlQuery &query, int column)
{
    return fromSql(query.value(column), SqlType::DateTime).toDateTime();
}

QString loadRecords(QSqlDatabase &db, Review &review)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // In record order (recordBefore()): by time, then by the id's text.
    if (!query.exec(QStringLiteral("SELECT %1, change, %2, %3, time, %4, section, anchor, %5, %6, position, %7, row_id "
                                   "FROM comment ORDER BY time, id")
                        .arg(textColumn(QStringLiteral("id")), textColumn(QStringLiteral("target")),
                             textColumn(QStringLiteral("author")), textColumn(QStringLiteral("text")),
                             textColumn(QStringLiteral("field")), textColumn(QStringLiteral("quote")),
                             textColumn(QStringLiteral("row_table")))))
        return lastError(query);
    while (query.next()) {
        CommentRecord record;
        record.id = QUuid::fromString(text(query, 0));
        record.change = CommentChange(query.value(1).toInt());
        record.target = QUuid::fromString(text(query, 2));
        record.author = text(query, 3);
        record.time = utc(query, 4);
        record.text = text(query, 5);
        record.anchor.section = SectionKey(query.value(6).toInt());
        record.anchor.kind = AnchorKind(query.value(7).toInt());
        record.anchor.field = text(query, 8);
        record.anchor.quote = text(query, 9);
        record.anchor.position = query.value(10).isNull() ? -1 : query.value(10).toInt();
        record.anchor.rowTable = text(query, 11);
        record.anchor.rowId = query.value(12).toLongLong();
        review.comments.append(std::move(record));
    }
    if (query.lastError().isValid())
        return lastError(query);
    if (!query.exec(QStringLiteral("SELECT %1, %2, verdict, time, %3 FROM sign_off ORDER BY time, id")
                        .arg(textColumn(QStringLiteral("id")), textColumn(QStringLiteral("reviewer")),
                             textColumn(QStringLiteral("text")))))
        return lastError(query);
    while (query.next()) {
        SignOff signOff;
        signOff.id = QUuid::fromString(text(query, 0));
        signOff.reviewer = text(query, 1);
        signOff.verdict = Verdict(query.value(2).toInt());
        signOff.time = utc(query, 3);
        signOff.text = text(query, 4);
        review.signOffs.append(std::move(signOff));
    }
    if (query.lastError().isValid())
        return lastError(query);
    sortRecords(review.comments);
    sortRecords(review.signOffs);
    return {};
}

// Writes the records with those ids, or every record; ids the review no longer holds are
// deleted (an undone comment).
QString writeRecords(QSqlDatabase &db, const Review &review, const QSet<QUuid> &ids, bool all)
{
    QSqlQuery comment(db);
    if (!comment.prepare(QStringLiteral("INSERT OR REPLACE INTO comment (id, change, target, author, time, text, "
                                        "section, anchor, field, quote, position, row_table, row_id) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return lastError(comment);
    QSqlQuery signOff(db);
    if (!signOff.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sign_off (id, reviewer, verdict, time, text) VALUES (?, ?, ?, ?, ?)")))
        return lastError(signOff);
    QSet<QUuid> written;
    for (const auto &record : review.comments) {
        if (!all && !ids.contains(record.id))
            continue;
        const auto &anchor = record.anchor;
        const QVariantList values = {uuidText(record.id),
                                     int(record.change),
                                     uuidText(record.target),
                                     record.author,
                                     toSql(record.time, SqlType::DateTime),
                                     record.text,
                                     int(anchor.section),
                                     int(anchor.kind),
                                     anchor.field,
                                     anchor.quote,
                                     anchor.position,
                                     anchor.rowTable,
                                     anchor.rowId};
        for (int i = 0; i < values.size(); ++i)
            comment.bindValue(i, values.at(i));
        if (!comment.exec())
            return lastError(comment);
        written.insert(record.id);
    }
    for (const auto &record : review.signOffs) {
        if (!all && !ids.contains(record.id))
            continue;
        const QVariantList values = {uuidText(record.id), record.reviewer, int(record.verdict),
                                     toSql(record.time, SqlType::DateTime), record.text};
        for (int i = 0; i < values.size(); ++i)
            signOff.bindValue(i, values.at(i));
        if (!signOff.exec())
            return lastError(signOff);
        written.insert(record.id);
    }
    // Everything is written only to a new file, which holds nothing to delete.
    QSqlQuery remove(db);
    for (const auto &id : ids) {
        if (written.contains(id))
            continue;
        for (const auto &table : {QStringLiteral("comment"), QStringLiteral("sign_off")}) {
            if (!remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)))
                return lastError(remove);
            remove.bindValue(0, uuidText(id));
            if (!remove.exec())
                return lastError(remove);
        }
    }
    return {};
}

} // namespace

bool ChangeSet::isEmpty() const
{
    if (all || !fields.isEmpty() || !records.isEmpty())
        return false;
    return std::all_of(rows.cbegin(), rows.cend(), [](const auto &ids) { return ids.isEmpty(); });
}

ReviewFile::Stamp ReviewFile::Stamp::of(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    const auto nanoseconds = [](const timespec &time) { return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec; };
    return {qint64(info.st_size), qint64(info.st_ino), nanoseconds(info.st_mtim), nanoseconds(info.st_ctim)};
#else
    const QFileInfo info(path);
    return {info.size(), 0, info.lastModified().toMSecsSinceEpoch(), info.metadataChangeTime().toMSecsSinceEpoch()};
#endif
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
}

QString ReviewFile::connectAndLock(Mode mode, QString *readOnlyReason)
{
    m_readOnly = mode == Mode::ReadOnly;
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
        } else if (QFileInfo::exists(m_path) && !mayWrite(m_path)) {
            m_lock.reset();
            m_readOnly = true;
            *readOnlyReason =
                tr("You do not have permission to change %1, so it was opened read-only.").arg(quoted(m_path));
        } else if (!mayWrite(QFileInfo(m_path).absolutePath())) {
            // SQLite writes its log beside the file: without it, no edit could be kept.
            m_lock.reset();
            m_readOnly = true;
            *readOnlyReason = tr("You do not have permission to change the folder that holds %1, and editing writes "
                                 "files beside it, so it was opened read-only. To edit it, copy it to a folder you "
                                 "can change.")
                                  .arg(quoted(m_path));
        }
    }

    // A reader of a file that no one writes (no log beside it) takes it as immutable: SQLite then
    // makes no file beside it (a WAL file's reader otherwise makes its log and index, and cannot
    // remove them), and reads a file in a folder it may not change. It also takes no locks, so
    // open() checks that no one wrote the file meanwhile. With a log, a writer is at work or
    // died: its log must be read, through SQLite's own locking.
    m_immutable = m_readOnly && !hasLog(m_path);
    m_connection = QStringLiteral("hindsight-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (m_immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    }
    if (!db.open())
        return tr("Could not open %1: %2").arg(quoted(m_path), db.lastError().text().simplified());
    // SQLite's advice for files from elsewhere: no function that is not harmless runs from the
    // schema (quick_check in open() is the rest of that advice).
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA trusted_schema=OFF")))
        return tr("Could not open %1: %2").arg(quoted(m_path), lastError(query));
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
    // An immutable reader (see connectAndLock()) that saw the file change read it again: a writer
    // that started meanwhile is done with the file soon, or is writing only its log.
    constexpr int attempts = 3;
    for (int attempt = 1;; ++attempt) {
        const auto before = Stamp::of(path);
        auto reading = read(path, mode, header.userVersion);
        result = std::move(reading.opened);
        if (!reading.immutable)
            break;
        if (Stamp::of(path) == before && !QFileInfo::exists(path + QStringLiteral("-journal"))) {
            if (result.file)
                result.file->m_stamp = before;
            break;
        }
        if (attempt == attempts) {
            result = Opened();
            result.error = tr("%1 changed while it was read, %2 times. Try again when it is no longer being written.")
                               .arg(quoted(path))
                               .arg(attempts);
            break;
        }
    }
    return result;
}

ReviewFile::Reading ReviewFile::read(const QString &path, Mode mode, int userVersion)
{
    Reading reading;
    auto &result = reading.opened;
    std::unique_ptr<ReviewFile> file(new ReviewFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    const QString connectError = file->connectAndLock(mode, &result.readOnlyReason);
    reading.immutable = file->m_immutable;
    if (!connectError.isEmpty()) {
        result.error = connectError;
        return reading;
    }
    auto db = QSqlDatabase::database(file->m_connection);
    QSqlQuery query(db);
    if (const auto problem = integrityProblem(query); !problem.isEmpty()) {
        result.error = tr("%1 is damaged and cannot be opened (%2). It was left untouched.").arg(quoted(path), problem);
        return reading;
    }
    // Before anything is read or upgraded: every table read must be a real one.
    if (const auto damage = SchemaDamage::find(db, userVersion); !damage.isEmpty()) {
        result.error = tr("%1 is damaged: %2. It was left untouched.").arg(quoted(path), damage);
        return reading;
    }
    if (auto error = file->load(result.review, userVersion); !error.isEmpty()) {
        result.error = tr("%1 could not be read: %2").arg(quoted(path), error);
        result.review = Review();
        return reading;
    }
    // Checked where it is read: no view, export or command meets a value that names nothing.
    if (const auto damage = ReviewDamage::find(result.review); !damage.isEmpty()) {
        result.error = tr("%1 is damaged: %2. It was left untouched.").arg(quoted(path), damage);
        result.review = Review();
        return reading;
    }
    // Only a file that was read whole is prepared for writing and upgraded: a refused file
    // keeps its journal mode and its format. The upgrade changes on disk what load() already
    // changed in memory, so the review read stands.
    if (!file->m_readOnly) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
            result.error = tr("Could not prepare %1 for writing: %2").arg(quoted(path), lastError(query));
            result.review = Review();
            return reading;
        }
        if (userVersion < SchemaVersion) {
            if (userVersion < 4)
                result.review.id = QUuid::createUuid();
            if (auto error = file->migrate(userVersion, result.review.id); !error.isEmpty()) {
                result.error = error;
                result.review = Review();
                return reading;
            }
        }
    }
    result.file = std::move(file);
    return reading;
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
    Review stored = review;
    if (stored.id.isNull())
        stored.id = QUuid::createUuid();
    ChangeSet all;
    all.all = true;
    if (auto error = file->write(stored, all); !error.isEmpty()) {
        file.reset();
        QFile::remove(path);
        result.error = tr("Could not create %1: %2").arg(quoted(path), error);
        return result;
    }
    result.review = std::move(stored);
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
    for (const auto &table : {CommentTable, SignOffTable}) {
        if (error.isEmpty() && !query.exec(table))
            error = lastError(query);
    }
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

QString ReviewFile::migrate(int fromVersion, const QUuid &id)
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
        // 2 → 3: a visibility for each part of the Impact section. Each takes the section's
        // (public, 1, when the file holds none), so that the customer version says what it
        // said before; only new reviews keep business, team and revenue internal.
        {{QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.user.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.business.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.team.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.usersAffected.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.revenueLost.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.slaBreached.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.dataLost.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")},
         {QStringLiteral("INSERT OR REPLACE INTO field (name, value) SELECT 'impact.dataCompromised.visibility', "
                         "COALESCE((SELECT value FROM field WHERE name = 'impact.visibility'), 1)")}},
        // 3 → 4: the review's identity (given as id), its reviewers, and the discussion:
        // comment records and sign-offs.
        {QStringLiteral("INSERT OR IGNORE INTO field (name, value) VALUES ('review.id', :id)"),
         QStringLiteral("CREATE TABLE reviewer (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                        "name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE TABLE comment (id TEXT PRIMARY KEY NOT NULL, change INTEGER NOT NULL, "
                        "target TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', time INTEGER NOT NULL, "
                        "text TEXT NOT NULL DEFAULT '', section INTEGER, anchor INTEGER, "
                        "field TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '', position INTEGER, "
                        "row_table TEXT NOT NULL DEFAULT '', row_id INTEGER) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE sign_off (id TEXT PRIMARY KEY NOT NULL, reviewer TEXT NOT NULL DEFAULT '', "
                        "verdict INTEGER NOT NULL, time INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '') "
                        "WITHOUT ROWID")},
    };
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
        return lastError(query);
    if (!db.transaction())
        return db.lastError().text();
    for (int version = fromVersion; version < SchemaVersion; ++version) {
        for (const auto &statement : migrations.value(version - 1)) {
            const bool prepared = query.prepare(statement);
            if (statement.contains(QLatin1String(":id")))
                query.bindValue(QStringLiteral(":id"), id.toString(QUuid::WithoutBraces));
            if (!prepared || !query.exec()) {
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

QString ReviewFile::load(Review &review, int userVersion)
{
    auto db = QSqlDatabase::database(m_connection);
    review = Review();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, value, typeof(value) = 'text', %1 FROM field")
                        .arg(textColumn(QStringLiteral("value")))))
        return lastError(query);
    while (query.next()) {
        // Fields this version does not know (from a later minor change) are ignored, not fatal.
        const auto field = fieldFromName(query.value(0).toString());
        if (!field)
            continue;
        auto value = query.value(2).toBool() ? fromSql(query.value(3), SqlType::Text) : query.value(1);
        if (fieldSqlType(*field) == SqlType::DateTime)
            value = fromSql(value, SqlType::DateTime);
        setFieldValue(review, *field, value);
    }
    // 2 → 3 in memory, as migrate() does on disk: every part of the Impact section shows what
    // the section showed.
    if (userVersion < 3)
        review.impact.visibility.fill(review.visibility[int(SectionKey::Impact)]);
    QString error;
    forEachRowType([&]<typename Row>() {
        if (error.isEmpty() && userVersion >= tableSince<Row>())
            error = loadRows<Row>(db, review);
    });
    // 3 → 4: an older file has no identity until it is first written, and no discussion.
    if (error.isEmpty() && userVersion >= 4)
        error = loadRecords(db, review);
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
    if (error.isEmpty() && (changes.all || !changes.records.isEmpty()))
        error = writeRecords(db, review, changes.records, changes.all);
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
    // An immutable reader (see connectAndLock()) would copy a file that changed under it as a mix
    // of old and new pages.
    const auto changed = [this] {
        return m_immutable && (Stamp::of(m_path) != m_stamp || QFileInfo::exists(m_path + QStringLiteral("-journal")));
    };
    const auto changedMessage = [&] {
        return tr("%1 was changed elsewhere since it was opened, so no copy was made. Open it again to copy it.")
            .arg(quoted(m_path));
    };
    if (changed())
        return changedMessage();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return tr("Could not replace %1.").arg(quoted(path));
    auto db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return lastError(query);
    query.bindValue(0, QFileInfo(path).absoluteFilePath());
    if (!query.exec())
        return tr("Could not write %1: %2").arg(quoted(path), lastError(query));
    if (changed()) {
        QFile::remove(path);
        return changedMessage();
    }
    return {};
}

} // namespace hindsight::model
