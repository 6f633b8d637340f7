// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "editor/notes/notepanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/sections/sectionlistview.h"
#include "editor/timeline/timelineview.h"
#include "import/importerfactory.h"
#include "messagebar.h"
#include "model/commands.h"
#include "model/reviewdocument.h"
#include "recentfiles.h"
#include "recoverydialog.h"
#include "reviewheader.h"
#include "timelinelink.h"
#include "untitledstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace hindsight::app {

using model::ReviewDocument;

namespace {

QString reviewFilter()
{
    return MainWindow::tr("Hindsight reviews (*.hindsight)");
}

QString openFilter()
{
    return MainWindow::tr("Reviews and postmortems (*.hindsight *.json *.md *.markdown);;Hindsight reviews "
                          "(*.hindsight);;JSON interchange files (*.json);;Markdown postmortems (*.md *.markdown);;"
                          "All files (*)");
}

bool isReviewFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("hindsight"), Qt::CaseInsensitive) == 0;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoGroup(new QUndoGroup(this)), m_header(new ReviewHeader(this)),
      m_messages(new MessageBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_sections(new editor::SectionListView(m_splitter)), m_editor(new editor::SectionEditor(m_splitter)),
      m_notes(new editor::NotePanel(this)), m_timeline(new editor::TimelineView(this)),
      m_timelineLink(new TimelineLink(m_timeline, m_editor, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("MainWindow"));
    m_splitter->setObjectName(QStringLiteral("sectionSplitter"));
    m_splitter->addWidget(m_sections);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 900});
    m_splitter->setChildrenCollapsible(false);

    auto *empty = new QLabel(tr("No review is open.\n\nStart a new one with Ctrl+N or open one with Ctrl+O."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    auto *pages = new QStackedWidget(this);
    pages->setObjectName(QStringLiteral("pages"));
    pages->addWidget(empty);
    pages->addWidget(m_splitter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    layout->addWidget(pages, 1);
    setCentralWidget(central);

    connect(m_sections, &editor::SectionListView::sectionActivated, m_editor, &editor::SectionEditor::showSection);
    connect(m_editor, &editor::SectionEditor::currentSectionChanged, m_sections,
            &editor::SectionListView::setCurrentSection);

    createDocks();
    createActions();
    setDocument(nullptr, {});

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::createDocks()
{
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setWidget(m_notes);
    m_notesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                             QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_notesDock);
    splitDockWidget(m_timelineDock, m_notesDock, Qt::Vertical);
    connect(m_notes, &editor::NotePanel::noteCommitted, m_timelineLink, &TimelineLink::reveal);
    connect(m_notes, &editor::NotePanel::commitFailed, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
}

bool MainWindow::startIncident(const QString &path)
{
    const auto now = QDateTime::currentDateTimeUtc();
    model::Review review;
    review.title = tr("Incident %1").arg(QLocale().toString(now.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    const auto zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    review.timeZone = zone == QLatin1String("Etc/UTC") ? QStringLiteral("UTC") : zone;
    model::TimelineEvent started;
    started.time = now;
    started.precision = model::TimePrecision::Second;
    started.milestone = model::Milestone::Started;
    started.text = tr("Incident started");
    started.author = qEnvironmentVariable("USER");
    started.source = model::EventSource::LiveNote;
    review.timeline.append(started);

    bool ok = false;
    if (path.isEmpty()) {
        ok = newReview(review);
    } else if (QFileInfo::exists(path)) {
        ok = openPath(path);
        // Going live on an existing review marks a start only if it has none.
        if (ok && !m_document->isReadOnly() && !m_document->milestoneTime(model::Milestone::Started).isValid())
            model::commands::insertRow(*m_document, started);
    } else if (closeReview()) {
        auto created = ReviewDocument::create(path, review);
        if (!created.document)
            QMessageBox::warning(this, tr("Start incident"), created.error);
        else
            setDocument(std::move(created.document), {});
        ok = bool(m_document);
    }
    if (!ok || m_document->isReadOnly())
        return false;
    setLive(true);
    return true;
}

void MainWindow::setLive(bool live)
{
    live = live && m_document && !m_document->isReadOnly();
    m_liveAction->setChecked(live);
    m_header->setLive(live);
    m_timeline->setLive(live);
    if (live) {
        m_timelineDock->show();
        m_editor->showSection(int(model::SectionKey::Timeline));
        m_notesDock->show();
        m_notesDock->raise();
        m_notes->focusInput();
    }
}

bool MainWindow::isLive() const
{
    return m_liveAction->isChecked();
}

MainWindow::~MainWindow()
{
    // The views let go of the document before it goes.
    m_sections->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_header->setDocument(nullptr);
    m_notes->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<ReviewDocument> document, const QString &readOnlyReason)
{
    m_sections->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_header->setDocument(nullptr);
    m_notes->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    m_messages->hide();

    auto *pages = findChild<QStackedWidget *>(QStringLiteral("pages"));
    pages->setCurrentIndex(m_document ? 1 : 0);
    m_saveAsAction->setEnabled(bool(m_document));
    m_liveAction->setEnabled(bool(m_document) && !m_document->isReadOnly());
    if (!m_document || m_document->isReadOnly())
        setLive(false);
    m_closeAction->setEnabled(bool(m_document));
    m_exportAction->setEnabled(bool(m_document));
    m_exportCustomerAction->setEnabled(bool(m_document));
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_header->setDocument(m_document.get());
        m_sections->setDocument(m_document.get());
        m_editor->setDocument(m_document.get());
        m_notes->setDocument(m_document.get());
        m_timeline->setDocument(m_document.get());
        m_timelineLink->attach();
        const int section = QSettings().value(QStringLiteral("mainWindow/section"), 1).toInt();
        m_editor->showSection(section);
        m_sections->setCurrentSection(section);
        connect(m_document.get(), &ReviewDocument::fieldChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &ReviewDocument::saveFailed, this, [this](const QString &message) {
            m_messages->showMessage(message + QLatin1Char(' ') +
                                        tr("Your changes are kept and Hindsight keeps trying to write them."),
                                    MessageBar::Kind::Error);
        });
        connect(m_document.get(), &ReviewDocument::saved, this, [this] {
            if (m_messages->text().contains(tr("Could not save")))
                m_messages->hide();
        });
        if (!readOnlyReason.isEmpty())
            m_messages->showMessage(readOnlyReason, MessageBar::Kind::Warning);
        if (!untitled::isUntitled(m_document->filePath()))
            addRecent(m_document->filePath());
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Hindsight"));
        setWindowFilePath({});
        return;
    }
    const auto &title = m_document->review().title;
    auto name = title.isEmpty() ? tr("Untitled review") : title;
    if (m_document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1 — Hindsight").arg(name));
    if (!untitled::isUntitled(m_document->filePath()))
        setWindowFilePath(m_document->filePath());
}

bool MainWindow::openPath(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open review"), tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!isReviewFile(path))
        return importPath(path);
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(path))
        return true;
    if (!closeReview())
        return false;
    auto opened = ReviewDocument::open(path);
    if (!opened.document) {
        setDocument(nullptr, {});
        QMessageBox::warning(this, tr("Open review"), opened.error);
        return false;
    }
    setDocument(std::move(opened.document), opened.readOnlyReason);
    return true;
}

bool MainWindow::importPath(const QString &path)
{
    auto importer = importing::ImporterFactory::importerForFile(path);
    if (!importer) {
        QMessageBox::warning(this, tr("Open review"),
                             tr("Hindsight cannot read “%1”: it opens .hindsight reviews and imports Markdown and JSON "
                                "files.")
                                 .arg(QFileInfo(path).fileName()));
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = importer->read(path);
    QApplication::restoreOverrideCursor();
    if (!result.review) {
        QMessageBox::warning(this, tr("Import"),
                             tr("“%1” could not be imported: %2").arg(QFileInfo(path).fileName(), result.error));
        return false;
    }
    if (!newReview(*result.review))
        return false;
    if (!result.warnings.isEmpty())
        m_messages->showMessage(tr("Imported “%1” with notes: %2")
                                    .arg(QFileInfo(path).fileName(), result.warnings.join(QStringLiteral(" "))),
                                MessageBar::Kind::Information);
    return true;
}

bool MainWindow::newReview(const model::Review &review)
{
    if (!closeReview())
        return false;
    auto created = ReviewDocument::create(untitled::newPath(), review);
    if (!created.document) {
        setDocument(nullptr, {});
        QMessageBox::critical(this, tr("New review"), created.error);
        return false;
    }
    setDocument(std::move(created.document), {});
    return true;
}

bool MainWindow::closeReview()
{
    if (!m_document)
        return true;
    const auto path = m_document->filePath();
    QSettings().setValue(QStringLiteral("mainWindow/section"), m_editor->currentSection());
    if (untitled::isUntitled(path) && !m_document->isReadOnly()) {
        if (m_document->review() == model::Review()) {
            setDocument(nullptr, {});
            untitled::remove(path);
            return true;
        }
        const auto answer = QMessageBox::question(
            this, tr("Save review"),
            tr("“%1” has never been saved under a name. Save it before closing?")
                .arg(m_document->review().title.isEmpty() ? tr("Untitled review") : m_document->review().title),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !saveAs())
            return false;
        if (answer == QMessageBox::Discard) {
            setDocument(nullptr, {});
            untitled::remove(path);
            return true;
        }
    }
    if (!m_document->flush()) {
        const auto answer =
            QMessageBox::warning(this, tr("Close review"),
                                 tr("Your latest changes could not be written to “%1”. Close anyway and lose them?")
                                     .arg(QFileInfo(m_document->filePath()).fileName()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    setDocument(nullptr, {});
    return true;
}

QString MainWindow::suggestedBaseName() const
{
    // An untitled review is named after its title, a saved one after its file.
    auto name = untitled::isUntitled(m_document->filePath()) ? m_document->review().title
                                                             : QFileInfo(m_document->filePath()).completeBaseName();
    if (name.trimmed().isEmpty())
        name = tr("review");
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    return name;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    const auto oldPath = m_document->filePath();
    const bool wasUntitled = untitled::isUntitled(oldPath);
    const auto suggested =
        wasUntitled ? QDir::home().filePath(suggestedBaseName() + QStringLiteral(".hindsight")) : oldPath;
    auto path = QFileDialog::getSaveFileName(this, tr("Save review as"), suggested, reviewFilter());
    if (path.isEmpty())
        return false;
    if (!isReviewFile(path))
        path += QStringLiteral(".hindsight");
    if (QFileInfo(path) == QFileInfo(oldPath))
        return m_document->flush();
    if (const auto error = m_document->saveAs(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save review as"), error);
        return false;
    }
    if (wasUntitled)
        untitled::remove(oldPath);
    addRecent(m_document->filePath());
    updateTitle();
    return true;
}

void MainWindow::openDialog()
{
    const auto start = m_document && !untitled::isUntitled(m_document->filePath())
                           ? QFileInfo(m_document->filePath()).absolutePath()
                           : QDir::homePath();
    const auto path = QFileDialog::getOpenFileName(this, tr("Open review"), start, openFilter());
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::startWithoutFile()
{
    const auto leftovers = untitled::leftovers();
    if (!leftovers.isEmpty()) {
        RecoveryDialog dialog(leftovers, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosen().isEmpty()) {
            const auto chosen = dialog.chosen();
            openPath(chosen.first());
            for (int i = 1; i < chosen.size(); ++i) {
                auto *window = new MainWindow;
                window->show();
                window->openPath(chosen.at(i));
            }
            return;
        }
    }
    const auto recent = QSettings().value(recent::settingsKey()).toStringList();
    for (const auto &path : recent) {
        if (QFileInfo::exists(path) && openPath(path))
            return;
    }
    newReview({});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeReview()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace hindsight::app
