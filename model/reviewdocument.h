// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comments.h"
#include "reviewfile.h"
#include "reviewmodel.h"
#include "rows.h"
#include "types.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <optional>

namespace hindsight::model {

class ReviewModel;

// One open review: its data, its undo stack, its file and its change signals. Views observe it;
// only undo commands (see commands.h) call the mutators, so every edit can be undone.
//
// The file is always current: changes are written within half a second, in one transaction,
// and flush() writes at once (a live note is on disk before its input clears).
class ReviewDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDocument)

public:
    // A document with no file, for tests and exports.
    explicit ReviewDocument(Review review = {}, QObject *parent = nullptr);
    ~ReviewDocument() override;

    struct Opened
    {
        std::unique_ptr<ReviewDocument> document; // null on failure
        QString error;
        QString readOnlyReason;
    };
    static Opened open(const QString &path, ReviewFile::Mode mode = ReviewFile::Mode::ReadWrite);
    static Opened create(const QString &path, const Review &review = {});

    const Review &review() const { return m_review; }
    QUndoStack *undoStack() { return &m_undoStack; }
    ReviewModel *model() { return m_model.get(); }

    QString filePath() const;
    bool isReadOnly() const;
    // Why the file was opened read-only although it was asked for writing; empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }

    // Writes pending changes now. Returns false (and emits saveFailed) when the write failed;
    // the changes stay pending and are tried again.
    bool flush();
    // Writes a standalone copy to path and continues on it. Returns an error message, or an
    // empty string on success. The copy is the same review: it keeps the review's identity.
    QString saveAs(const QString &path);
    // Saves as a new review: the copy gets an identity of its own and leaves behind the
    // discussion (comments and sign-offs), which belongs to the review it came from.
    QString saveAsNewReview(const QString &path);
    // Writes a standalone copy to path (the same review) and continues on this file.
    QString writeCopy(const QString &path);

    // The milestone's event time, or an invalid time when no event carries it.
    QDateTime milestoneTime(Milestone milestone) const;
    // When the incident started: the "started" milestone, else the earliest event.
    QDateTime incidentStart() const;

    // Mutators: for undo commands only.
    void setField(Field field, const QVariant &value);
    template <typename Row>
    void insertRow(int row, const Row &item);
    template <typename Row>
    Row takeRow(int row);
    template <typename Row>
    void setRowValue(int row, int column, const QVariant &value);
    template <typename Row>
    int rowOf(qint64 id) const;
    qint64 newId() { return m_nextId++; }
    // Adds records of the discussion (records already held are skipped) and takes them back, by
    // id. Both are stored at once: a comment is on disk when the command that made it returns.
    void addRecords(const QList<CommentRecord> &records, const QList<SignOff> &signOffs);
    void removeRecords(const QSet<QUuid> &ids);
    // The threads the comment records make (commentThreads()), read once per change and shared
    // by every view.
    const QList<CommentThread> &threads() const;

    // Typing merges into one undo step until the user leaves the field: editors call this when
    // they lose the focus, so that coming back later starts a new step.
    void endEditing() { ++m_editGeneration; }
    int editGeneration() const { return m_editGeneration; }

Q_SIGNALS:
    void fieldChanged(hindsight::model::Field field);
    // Rows of one type (RowTraits<Row>::typeIndex) were inserted, removed or changed.
    void rowsChanged(int typeIndex);
    // Comment records or sign-offs were added or taken back.
    void commentsChanged();
    void changed();
    void saveFailed(const QString &message);
    void saved();
    void fileChanged(const QString &path);

private:
    void attach(std::unique_ptr<ReviewFile> file);
    void schedule();
    void sectionChanged(std::optional<SectionKey> key);
    template <typename Row>
    void markFrom(int row);

    Review m_review;
    QUndoStack m_undoStack;
    std::unique_ptr<ReviewModel> m_model;
    std::unique_ptr<ReviewFile> m_file;
    ChangeSet m_pending;
    QTimer m_flushTimer;
    qint64 m_nextId = 1;
    int m_editGeneration = 0;
    QString m_readOnlyReason;
    QSet<QUuid> m_recordIds; // of the comment records and sign-offs held
    mutable std::optional<QList<CommentThread>> m_threads;
};

// The row mutators are defined here so that every row type of RowTypes has them without a list
// of instantiations.

template <typename Row>
int ReviewDocument::rowOf(qint64 id) const
{
    const auto &list = m_review.*RowTraits<Row>::list;
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const Row &row) { return row.id == id; });
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

template <typename Row>
void ReviewDocument::markFrom(int row)
{
    // Positions are stored, so every row from the change on moved.
    const auto &list = m_review.*RowTraits<Row>::list;
    auto &ids = m_pending.rows[RowTraits<Row>::typeIndex];
    for (int i = row; i < list.size(); ++i)
        ids.insert(list.at(i).id);
}

template <typename Row>
void ReviewDocument::insertRow(int row, const Row &item)
{
    using Traits = RowTraits<Row>;
    auto &list = m_review.*Traits::list;
    row = std::clamp(row, 0, int(list.size()));
    m_model->beginInsert(Traits::typeIndex, row);
    list.insert(row, item);
    m_model->endInsert();
    m_nextId = std::max(m_nextId, item.id + 1);
    markFrom<Row>(row);
    sectionChanged(Traits::sectionOf(item));
    Q_EMIT rowsChanged(Traits::typeIndex);
    schedule();
}

template <typename Row>
Row ReviewDocument::takeRow(int row)
{
    using Traits = RowTraits<Row>;
    auto &list = m_review.*Traits::list;
    Q_ASSERT(row >= 0 && row < list.size());
    m_model->beginRemove(Traits::typeIndex, row);
    Row item = list.takeAt(row);
    m_model->endRemove();
    m_pending.rows[Traits::typeIndex].insert(item.id);
    markFrom<Row>(row);
    sectionChanged(Traits::sectionOf(item));
    Q_EMIT rowsChanged(Traits::typeIndex);
    schedule();
    return item;
}

template <typename Row>
void ReviewDocument::setRowValue(int row, int column, const QVariant &value)
{
    using Traits = RowTraits<Row>;
    auto &list = m_review.*Traits::list;
    Q_ASSERT(row >= 0 && row < list.size());
    const auto before = Traits::sectionOf(list.at(row));
    Traits::setValue(list[row], column, value);
    m_pending.rows[Traits::typeIndex].insert(list.at(row).id);
    m_model->rowChanged(Traits::typeIndex, row, column);
    if (const auto after = Traits::sectionOf(list.at(row)); after != before)
        sectionChanged(before);
    sectionChanged(Traits::sectionOf(list.at(row)));
    Q_EMIT rowsChanged(Traits::typeIndex);
    schedule();
}

} // namespace hindsight::model
