// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsession.h"

#include "import/importerfactory.h"
#include "model/commands.h"
#include "model/reviewdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

namespace hindsight::app {

using model::ReviewDocument;

namespace {

bool isReviewFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("hindsight"), Qt::CaseInsensitive) == 0;
}

DocumentSession::Result failure(const QString &error)
{
    return {false, error, {}};
}

DocumentSession::Result success(const QString &notice = {})
{
    return {true, {}, notice};
}

// A new review: an identity and nothing else.
bool isBlank(const model::Review &review)
{
    model::Review blank;
    blank.id = review.id;
    return review == blank;
}

// A path as the save dialogs mean it: with the review suffix, added when it is missing.
QString withReviewSuffix(const QString &path)
{
    return isReviewFile(path) ? path : path + QStringLiteral(".hindsight");
}

} // namespace

DocumentSession::DocumentSession(QObject *parent) : QObject(parent) {}

DocumentSession::~DocumentSession() = default;

bool DocumentSession::isUntitled() const
{
    return m_document && isUntitled(m_document->filePath());
}

bool DocumentSession::hasUnnamedWork() const
{
    return isUntitled() && !m_document->isReadOnly() && !isBlank(m_document->review());
}

void DocumentSession::setDocument(std::unique_ptr<ReviewDocument> document)
{
    auto previous = std::exchange(m_document, std::move(document));
    Q_EMIT documentChanged(m_document.get());
    // previous goes here, after the views let go of it.
}

DocumentSession::Result DocumentSession::makeRoom()
{
    if (!m_document)
        return success();
    if (m_closeHandler) {
        if (!m_closeHandler())
            return {};
        if (!m_document)
            return success();
    }
    return close();
}

DocumentSession::Result DocumentSession::newReview(const model::Review &review)
{
    if (auto room = makeRoom(); !room.ok)
        return room;
    auto created = ReviewDocument::create(newUntitledPath(), review);
    if (!created.document)
        return failure(created.error);
    setDocument(std::move(created.document));
    return success();
}

DocumentSession::Result DocumentSession::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return failure(tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!isReviewFile(path))
        return importFile(path);
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(path))
        return success();
    // Read before the open review is closed: a file that cannot be opened changes nothing.
    Q_EMIT busy(true);
    auto opened = ReviewDocument::open(path);
    Q_EMIT busy(false);
    if (!opened.document)
        return failure(opened.error);
    if (auto room = makeRoom(); !room.ok)
        return room;
    setDocument(std::move(opened.document));
    return success();
}

DocumentSession::Result DocumentSession::importFile(const QString &path)
{
    const auto name = QFileInfo(path).fileName();
    auto importer = importing::ImporterFactory::importerForFile(path);
    if (!importer) {
        return failure(tr("Hindsight cannot read “%1”: it opens .hindsight reviews and imports Markdown and JSON "
                          "files.")
                           .arg(name));
    }
    Q_EMIT busy(true);
    auto imported = importer->read(path);
    Q_EMIT busy(false);
    if (!imported.review)
        return failure(tr("“%1” could not be imported: %2").arg(name, imported.error));
    auto created = newReview(*imported.review);
    if (created.ok && !imported.warnings.isEmpty())
        created.notice = tr("Imported “%1” with notes: %2").arg(name, imported.warnings.join(QLatin1Char(' ')));
    return created;
}

DocumentSession::Result DocumentSession::startIncident(const QString &path, const QDateTime &now)
{
    model::Review review;
    review.title = tr("Incident %1").arg(QLocale().toString(now.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    const auto zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    review.timeZone = zone == QLatin1String("Etc/UTC") ? QStringLiteral("UTC") : zone;
    model::TimelineEvent started;
    started.time = now.toUTC();
    started.precision = model::TimePrecision::Second;
    started.milestone = model::Milestone::Started;
    started.text = tr("Incident started");
    started.author = qEnvironmentVariable("USER");
    started.source = model::EventSource::LiveNote;
    review.timeline.append(started);

    if (path.isEmpty())
        return newReview(review);
    if (QFileInfo::exists(path)) {
        auto opened = open(path);
        // Going live on an existing review marks a start only if it has none.
        if (opened.ok && !m_document->isReadOnly() && !m_document->milestoneTime(model::Milestone::Started).isValid())
            model::commands::insertRow(*m_document, started);
        return opened;
    }
    if (auto room = makeRoom(); !room.ok)
        return room;
    auto created = ReviewDocument::create(path, review);
    if (!created.document)
        return failure(created.error);
    setDocument(std::move(created.document));
    return success();
}

DocumentSession::Result DocumentSession::saveAs(QString path)
{
    if (!m_document)
        return {};
    path = withReviewSuffix(path);
    const auto oldPath = m_document->filePath();
    if (QFileInfo(path) == QFileInfo(oldPath))
        return {m_document->flush(), {}, {}}; // a failed write is told by the document's saveFailed
    const bool wasUntitled = isUntitled(oldPath);
    if (const auto error = m_document->saveAs(path); !error.isEmpty())
        return failure(error);
    if (wasUntitled)
        removeUntitled(oldPath);
    return success();
}

DocumentSession::Result DocumentSession::saveAsNewReview(QString path)
{
    if (!m_document)
        return {};
    path = withReviewSuffix(path);
    const auto oldPath = m_document->filePath();
    if (QFileInfo(path) == QFileInfo(oldPath))
        return failure(
            tr("A new review needs a file of its own; choose another name than “%1”.").arg(QFileInfo(path).fileName()));
    const bool wasUntitled = isUntitled(oldPath);
    if (const auto error = m_document->saveAsNewReview(path); !error.isEmpty())
        return failure(error);
    if (wasUntitled)
        removeUntitled(oldPath);
    return success();
}

DocumentSession::Result DocumentSession::writeCopy(QString path)
{
    if (!m_document)
        return {};
    path = withReviewSuffix(path);
    if (QFileInfo(path) == QFileInfo(m_document->filePath()))
        return failure(tr("The copy for reviewers needs a file of its own; choose another name than “%1”.")
                           .arg(QFileInfo(path).fileName()));
    if (const auto error = m_document->writeCopy(path); !error.isEmpty())
        return failure(error);
    return success();
}

DocumentSession::Result DocumentSession::close()
{
    if (!m_document)
        return success();
    const auto path = m_document->filePath();
    if (isUntitled(path) && !m_document->isReadOnly() && isBlank(m_document->review())) {
        setDocument(nullptr);
        removeUntitled(path);
        return success();
    }
    if (!m_document->flush())
        return failure(tr("Your latest changes could not be written to “%1”.").arg(QFileInfo(path).fileName()));
    setDocument(nullptr);
    return success();
}

void DocumentSession::discard()
{
    if (!m_document)
        return;
    const auto path = m_document->filePath();
    const bool untitled = isUntitled(path) && !m_document->isReadOnly();
    setDocument(nullptr);
    if (untitled)
        removeUntitled(path);
}

QString DocumentSession::suggestedBaseName() const
{
    if (!m_document)
        return tr("review");
    auto name = isUntitled() ? m_document->review().title : QFileInfo(m_document->filePath()).completeBaseName();
    if (name.trimmed().isEmpty())
        name = tr("review");
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    return name;
}

QString DocumentSession::untitledFolder()
{
    const QString path =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/untitled");
    QDir().mkpath(path);
    return path;
}

QString DocumentSession::newUntitledPath()
{
    const QDir dir(untitledFolder());
    const auto stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    auto path = dir.filePath(QStringLiteral("untitled-%1.hindsight").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("untitled-%1-%2.hindsight").arg(stamp).arg(n));
    return path;
}

bool DocumentSession::isUntitled(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

QList<DocumentSession::Leftover> DocumentSession::leftovers()
{
    QList<Leftover> found;
    const auto entries = QDir(untitledFolder()).entryInfoList({QStringLiteral("*.hindsight")}, QDir::Files, QDir::Time);
    for (const auto &entry : entries) {
        // One that another running Hindsight holds is that window's business, not a leftover.
        const auto opened = model::ReviewFile::open(entry.absoluteFilePath(), model::ReviewFile::Mode::ReadWrite);
        if (opened.file && opened.readOnlyReason.isEmpty())
            found.append(
                {entry.absoluteFilePath(), opened.review.title, opened.review.timeline.size(), entry.lastModified()});
    }
    return found;
}

void DocumentSession::removeUntitled(const QString &path)
{
    for (const auto &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace hindsight::app
