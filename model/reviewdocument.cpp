// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdocument.h"

#include "comments.h"
#include "names.h"
#include "reviewfields.h"
#include "reviewmodel.h"

#include <algorithm>

namespace hindsight::model {

namespace {

constexpr int FlushDelayMs = 500;

} // namespace

ReviewDocument::ReviewDocument(Review review, QObject *parent) : QObject(parent), m_review(std::move(review))
{
    // Rows made outside a document (an import, a test) get their ids here.
    m_nextId = assignMissingRowIds(m_review);
    for (const auto &record : std::as_const(m_review.comments))
        m_recordIds.insert(record.id);
    for (const auto &signOff : std::as_const(m_review.signOffs))
        m_recordIds.insert(signOff.id);
    m_model = std::make_unique<ReviewModel>(this);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ReviewDocument::flush);
}

ReviewDocument::~ReviewDocument()
{
    if (m_file && !m_file->isReadOnly())
        flush();
    // The model goes before the data it reads.
    m_model.reset();
}

ReviewDocument::Opened ReviewDocument::open(const QString &path, ReviewFile::Mode mode)
{
    auto opened = ReviewFile::open(path, mode);
    if (!opened.file)
        return {nullptr, opened.error, {}};
    auto document = std::make_unique<ReviewDocument>(std::move(opened.review));
    document->attach(std::move(opened.file));
    document->m_readOnlyReason = opened.readOnlyReason;
    return {std::move(document), {}, opened.readOnlyReason};
}

ReviewDocument::Opened ReviewDocument::create(const QString &path, const Review &review)
{
    // Ids first, so that the file holds the ids the document uses.
    auto document = std::make_unique<ReviewDocument>(review);
    auto created = ReviewFile::create(path, document->m_review);
    if (!created.file)
        return {nullptr, created.error, {}};
    document->m_review.id = created.review.id;
    document->attach(std::move(created.file));
    return {std::move(document), {}, {}};
}

void ReviewDocument::attach(std::unique_ptr<ReviewFile> file)
{
    m_file = std::move(file);
    m_pending = {};
    Q_EMIT fileChanged(m_file->path());
}

QString ReviewDocument::filePath() const
{
    return m_file ? m_file->path() : QString();
}

bool ReviewDocument::isReadOnly() const
{
    return m_file && m_file->isReadOnly();
}

bool ReviewDocument::flush()
{
    m_flushTimer.stop();
    if (!m_file || m_pending.isEmpty())
        return true;
    const auto error = m_file->write(m_review, m_pending);
    if (!error.isEmpty()) {
        m_flushTimer.start(); // try again; the changes stay pending
        Q_EMIT saveFailed(tr("Could not save your changes to “%1”: %2").arg(m_file->path(), error));
        return false;
    }
    m_pending = {};
    Q_EMIT saved();
    return true;
}

QString ReviewDocument::saveAs(const QString &path)
{
    if (!m_file) {
        auto created = ReviewFile::create(path, m_review);
        if (!created.file)
            return created.error;
        m_review.id = created.review.id;
        attach(std::move(created.file));
        return {};
    }
    if (!isReadOnly() && !flush())
        return tr("Your latest changes could not be written, so no copy was made.");
    if (auto error = m_file->copyTo(path); !error.isEmpty())
        return error;
    auto opened = ReviewFile::open(path);
    if (!opened.file)
        return opened.error;
    if (opened.file->isReadOnly())
        return opened.readOnlyReason;
    // A copy of an older format gets its identity when it is upgraded on opening.
    if (m_review.id.isNull())
        m_review.id = opened.review.id;
    attach(std::move(opened.file));
    return {};
}

QString ReviewDocument::writeCopy(const QString &path)
{
    if (!m_file)
        return ReviewFile::create(path, m_review).error;
    if (!isReadOnly() && !flush())
        return tr("Your latest changes could not be written, so no copy was made.");
    return m_file->copyTo(path);
}

QString ReviewDocument::saveAsNewReview(const QString &path)
{
    if (auto error = saveAs(path); !error.isEmpty())
        return error;
    m_review.id = QUuid::createUuid();
    m_pending.fields.insert(Field::ReviewId);
    for (const auto &record : std::as_const(m_review.comments))
        m_pending.records.insert(record.id);
    for (const auto &signOff : std::as_const(m_review.signOffs))
        m_pending.records.insert(signOff.id);
    const bool hadDiscussion = !m_review.comments.isEmpty() || !m_review.signOffs.isEmpty();
    m_review.comments.clear();
    m_review.signOffs.clear();
    m_recordIds.clear();
    m_threads.reset();
    if (!flush())
        return tr("The copy was made, but it could not be given an identity of its own.");
    Q_EMIT fieldChanged(Field::ReviewId);
    if (hadDiscussion) {
        m_model->commentsChanged();
        Q_EMIT commentsChanged();
    }
    return {};
}

const QList<CommentThread> &ReviewDocument::threads() const
{
    if (!m_threads)
        m_threads = commentThreads(m_review.comments);
    return *m_threads;
}

namespace {

// Appends records not held yet; returns whether any was. The list stays in record order, and is
// sorted again only when a record belongs before the last one (a copy's older comments).
template <typename Record>
bool appendNew(QList<Record> &list, const QList<Record> &records, QSet<QUuid> &held, QSet<QUuid> &pending)
{
    bool added = false;
    bool inOrder = true;
    for (const auto &record : records) {
        if (held.contains(record.id))
            continue;
        held.insert(record.id);
        if (!list.isEmpty() && recordBefore(record, list.constLast()))
            inOrder = false;
        list.append(record);
        pending.insert(record.id);
        added = true;
    }
    if (!inOrder)
        sortRecords(list);
    return added;
}

} // namespace

void ReviewDocument::addRecords(const QList<CommentRecord> &records, const QList<SignOff> &signOffs)
{
    const bool comments = appendNew(m_review.comments, records, m_recordIds, m_pending.records);
    const bool verdicts = appendNew(m_review.signOffs, signOffs, m_recordIds, m_pending.records);
    if (!comments && !verdicts)
        return;
    if (comments)
        m_threads.reset();
    m_model->commentsChanged();
    Q_EMIT commentsChanged();
    Q_EMIT changed();
    flush();
}

void ReviewDocument::removeRecords(const QSet<QUuid> &ids)
{
    const auto comments =
        m_review.comments.removeIf([&](const CommentRecord &record) { return ids.contains(record.id); });
    const auto verdicts = m_review.signOffs.removeIf([&](const SignOff &signOff) { return ids.contains(signOff.id); });
    if (comments + verdicts == 0)
        return;
    for (const auto &id : ids)
        m_recordIds.remove(id);
    if (comments)
        m_threads.reset();
    m_pending.records.unite(ids);
    m_model->commentsChanged();
    Q_EMIT commentsChanged();
    Q_EMIT changed();
    flush();
}

QDateTime ReviewDocument::milestoneTime(Milestone milestone) const
{
    QDateTime found;
    for (const auto &event : m_review.timeline) {
        if (event.milestone == milestone && (!found.isValid() || event.time < found))
            found = event.time;
    }
    return found;
}

QDateTime ReviewDocument::incidentStart() const
{
    if (auto started = milestoneTime(Milestone::Started); started.isValid())
        return started;
    QDateTime earliest;
    for (const auto &event : m_review.timeline) {
        if (event.time.isValid() && (!earliest.isValid() || event.time < earliest))
            earliest = event.time;
    }
    return earliest;
}

void ReviewDocument::schedule()
{
    if (m_file && !m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT changed();
}

void ReviewDocument::sectionChanged(std::optional<SectionKey> key)
{
    m_model->sectionChanged(key);
}

void ReviewDocument::setField(Field field, const QVariant &value)
{
    setFieldValue(m_review, field, value);
    m_pending.fields.insert(field);
    if (field == Field::TimeZone)
        m_model->timeZoneChanged();
    sectionChanged(sectionOfField(field));
    Q_EMIT fieldChanged(field);
    schedule();
}

} // namespace hindsight::model
