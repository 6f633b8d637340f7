// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "types.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <array>
#include <memory>
#include <optional>

namespace hindsight::model {

// What changed since the last write, so that a write touches only those rows: a live note in a
// review of 10,000 events costs one row, not 10,000.
struct ChangeSet
{
    QSet<Field> fields;
    // Per row type (RowTraits<Row>::typeIndex): ids inserted or changed; ids no longer in the
    // review are deleted.
    std::array<QSet<qint64>, RowTypeCount> rows;
    // Comment records and sign-offs (by UUID) added or taken back.
    QSet<QUuid> records;
    bool all = false; // write everything (a new file)

    bool isEmpty() const;
};

// One review file: an SQLite database written through Qt Sql. WAL journal, full synchronous
// commits, an application id and a schema version with migrations. A file that another
// instance holds, or that the user may not change (nor its folder), is opened read-only. A
// reader leaves no file beside the review.
class ReviewFile final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFile)
    Q_DISABLE_COPY_MOVE(ReviewFile)

public:
    static constexpr quint32 ApplicationId = 0x48534754; // "HSGT"
    static constexpr int SchemaVersion = 4;

    enum class Mode { ReadWrite, ReadOnly };

    struct Opened
    {
        std::unique_ptr<ReviewFile> file; // null when the file could not be opened
        Review review;
        QString error;          // why it could not be opened, one sentence for people
        QString readOnlyReason; // set when opened read-only although read-write was asked
    };

    ~ReviewFile();

    // Opens an existing review. Never modifies a file it refuses.
    static Opened open(const QString &path, Mode mode = Mode::ReadWrite);
    // Creates a new review file (the path must not exist) holding review, which gets an identity
    // when it has none (Opened::review has it). The path is claimed
    // atomically first: of two processes creating the same file, one succeeds and the other is
    // told that it exists, and neither removes the other's file.
    static Opened create(const QString &path, const Review &review);
    // Whether path is a Hindsight review file, of any version, damaged or not: a regular file
    // whose header says so. Reads only the header.
    static bool isReview(const QString &path);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    // Writes what changed in one transaction; returns an error message, empty on success.
    QString write(const Review &review, const ChangeSet &changes);
    // Writes a standalone copy of the file to another path (Save As).
    QString copyTo(const QString &path);

private:
    // The main file's identity, size and times, by which a reader that takes no locks sees that
    // someone wrote or replaced the file meanwhile.
    struct Stamp
    {
        qint64 size = -1;
        qint64 identity = 0; // the inode where there is one
        qint64 modified = 0;
        qint64 changed = 0;
        bool operator==(const Stamp &) const = default;
        static Stamp of(const QString &path);
    };
    struct Reading
    {
        Opened opened;
        bool immutable = false; // read without locks (see connectAndLock())
    };

    ReviewFile() = default;
    static Reading read(const QString &path, Mode mode, int userVersion);
    QString connectAndLock(Mode mode, QString *readOnlyReason);
    QString createSchema();
    QString migrate(int fromVersion, const QUuid &id);
    // Reads the review as the current format gives it, from a file of any format up to it:
    // what a migration would change is changed in memory, so that a read-only file of an
    // older format is read too, and a damaged one is refused before anything is upgraded.
    QString load(Review &review, int userVersion);

    QString m_path;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    bool m_readOnly = false;
    bool m_immutable = false;
    Stamp m_stamp; // when an immutable reader had read the file
};

} // namespace hindsight::model
