// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdocument.h"

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
    forEachRowType([&]<typename Row>() {
        for (const auto &row : m_review.*RowTraits<Row>::list)
            m_nextId = std::max(m_nextId, row.id + 1);
    });
    forEachRowType([&]<typename Row>() {
        for (auto &row : m_review.*RowTraits<Row>::list) {
            if (row.id <= 0)
                row.id = m_nextId++;
        }
    });
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
    attach(std::move(opened.file));
    return {};
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
