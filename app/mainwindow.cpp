// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "editor/checks/checklocator.h"
#include "editor/checks/checkspanel.h"
#include "editor/comments/commentspanel.h"
#include "editor/notes/notepanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/sections/sectionlistview.h"
#include "editor/timeline/timelineview.h"
#include "editor/widgets/markdownedit.h"
#include "messagebar.h"
#include "model/reviewdocument.h"
#include "recentfiles.h"
#include "recoverydialog.h"
#include "reviewheader.h"
#include "timelinelink.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new DocumentSession(this)), m_undoGroup(new QUndoGroup(this)),
      m_header(new ReviewHeader(this)), m_messages(new MessageBar(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_sections(new editor::SectionListView(m_splitter)),
      m_editor(new editor::SectionEditor(m_splitter)), m_notes(new editor::NotePanel(this)),
      m_timeline(new editor::TimelineView(this)), m_timelineLink(new TimelineLink(m_timeline, m_editor, this)),
      m_checks(new editor::ChecksPanel(this)), m_comments(new editor::CommentsPanel(this))
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
    showDocument(nullptr);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::showDocument);
    connect(m_session, &DocumentSession::busy, this, [](bool reading) {
        if (reading)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        else
            QApplication::restoreOverrideCursor();
    });
    m_session->setCloseHandler([this] { return closeReview(); });

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

    m_checksDock = new QDockWidget(tr("Checks"), this);
    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_checksDock->setWidget(m_checks);
    addDockWidget(Qt::RightDockWidgetArea, m_checksDock);
    // Wide enough for a reason to wrap over two or three lines, until the user's own layout.
    resizeDocks({m_checksDock}, {320}, Qt::Horizontal);
    connect(m_checks, &editor::ChecksPanel::goToRequested, this,
            [this](const model::CheckLocation &location) { editor::goToCheckLocation(*m_editor, location); });
    connect(m_checks, &editor::ChecksPanel::openCountChanged, this,
            [this](int count) { m_header->setOpenChecks(document() ? count : -1); });
    connect(m_header, &ReviewHeader::checksRequested, this, &MainWindow::showChecks);
    createCommentsDock();
    connect(m_notes, &editor::NotePanel::commitFailed, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Error); });
}

void MainWindow::showChecks()
{
    m_checksDock->show();
    m_checksDock->raise();
    m_checks->list()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::startIncident(const QString &path)
{
    if (!report(m_session->startIncident(path), tr("Start incident")) || document()->isReadOnly())
        return false;
    setLive(true);
    return true;
}

void MainWindow::setLive(bool live)
{
    live = live && document() && !document()->isReadOnly();
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
    m_checks->setDocument(nullptr);
    // The session writes what is pending as its document closes, and the document's signals
    // reach this window: it goes while the window is still whole, not among its children.
    delete m_session;
}

void MainWindow::showDocument(ReviewDocument *document)
{
    m_sections->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_header->setDocument(nullptr);
    m_notes->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    m_checks->setDocument(nullptr);
    m_comments->setDocument(nullptr);
    for (auto *stack : m_undoGroup->stacks())
        m_undoGroup->removeStack(stack);
    m_messages->hide();

    auto *pages = findChild<QStackedWidget *>(QStringLiteral("pages"));
    pages->setCurrentIndex(document ? 1 : 0);
    m_saveAsAction->setEnabled(document);
    m_liveAction->setEnabled(document && !document->isReadOnly());
    if (!document || document->isReadOnly())
        setLive(false);
    m_closeAction->setEnabled(document);
    m_exportAction->setEnabled(document);
    m_exportCustomerAction->setEnabled(document);
    for (auto *action : std::as_const(m_documentActions))
        action->setEnabled(document && (!document->isReadOnly() || action->property("readOnlyToo").toBool()));
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        m_header->setDocument(document);
        m_sections->setDocument(document);
        m_editor->setDocument(document);
        m_notes->setDocument(document);
        m_timeline->setDocument(document);
        m_checks->setDocument(document);
        m_comments->setAuthor(commentAuthor());
        m_comments->setDocument(document);
        for (auto *edit : m_editor->findChildren<editor::MarkdownEdit *>())
            connect(edit, &editor::MarkdownEdit::commentActivated, this, &MainWindow::showThread, Qt::UniqueConnection);
        m_timelineLink->attach();
        const int section = QSettings().value(QStringLiteral("mainWindow/section"), 1).toInt();
        m_editor->showSection(section);
        m_sections->setCurrentSection(section);
        connect(document, &ReviewDocument::fieldChanged, this, &MainWindow::updateTitle);
        connect(document, &ReviewDocument::fileChanged, this, [this](const QString &path) {
            if (!DocumentSession::isUntitled(path))
                addRecent(path);
            updateTitle();
        });
        connect(document, &ReviewDocument::saveFailed, this, [this](const QString &message) {
            m_messages->showMessage(message + QLatin1Char(' ') +
                                        tr("Your changes are kept and Hindsight keeps trying to write them."),
                                    MessageBar::Kind::Error);
        });
        connect(document, &ReviewDocument::saved, this, [this] {
            if (m_messages->text().contains(tr("Could not save")))
                m_messages->hide();
        });
        if (!document->readOnlyReason().isEmpty())
            m_messages->showMessage(document->readOnlyReason(), MessageBar::Kind::Warning);
        if (!m_session->isUntitled())
            addRecent(document->filePath());
    }
    m_header->setOpenChecks(document ? m_checks->openCount() : -1);
    updateTitle();
}

bool MainWindow::report(const DocumentSession::Result &result, const QString &title)
{
    if (!result.error.isEmpty())
        QMessageBox::warning(this, title, result.error);
    if (result.ok && !result.notice.isEmpty())
        m_messages->showMessage(result.notice, MessageBar::Kind::Information);
    return result.ok;
}

void MainWindow::updateTitle()
{
    auto *document = this->document();
    if (!document) {
        setWindowTitle(tr("Hindsight"));
        setWindowFilePath({});
        return;
    }
    const auto &title = document->review().title;
    auto name = title.isEmpty() ? tr("Untitled review") : title;
    if (document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1 — Hindsight").arg(name));
    if (!m_session->isUntitled())
        setWindowFilePath(document->filePath());
}

bool MainWindow::openPath(const QString &path)
{
    return report(m_session->open(path), tr("Open review"));
}

bool MainWindow::newReview(const model::Review &review)
{
    return report(m_session->newReview(review), tr("New review"));
}

bool MainWindow::closeReview()
{
    if (!document())
        return true;
    QSettings().setValue(QStringLiteral("mainWindow/section"), m_editor->currentSection());
    if (m_session->hasUnnamedWork()) {
        const auto &title = document()->review().title;
        const auto answer =
            QMessageBox::question(this, tr("Save review"),
                                  tr("“%1” has never been saved under a name. Save it before closing?")
                                      .arg(title.isEmpty() ? tr("Untitled review") : title),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveAs()))
            return false;
        if (answer == QMessageBox::Discard) {
            m_session->discard();
            return true;
        }
    }
    if (const auto closed = m_session->close(); !closed.ok) {
        const auto answer = QMessageBox::warning(this, tr("Close review"),
                                                 closed.error + QLatin1Char(' ') + tr("Close anyway and lose them?"),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
        m_session->discard();
    }
    return true;
}

bool MainWindow::saveAs()
{
    if (!document())
        return false;
    const auto suggested = m_session->isUntitled()
                               ? QDir::home().filePath(m_session->suggestedBaseName() + QStringLiteral(".hindsight"))
                               : document()->filePath();
    const auto path = QFileDialog::getSaveFileName(this, tr("Save review as"), suggested, reviewFilter());
    return !path.isEmpty() && report(m_session->saveAs(path), tr("Save review as"));
}

void MainWindow::openDialog()
{
    const auto start =
        document() && !m_session->isUntitled() ? QFileInfo(document()->filePath()).absolutePath() : QDir::homePath();
    const auto path = QFileDialog::getOpenFileName(this, tr("Open review"), start, openFilter());
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::startWithoutFile()
{
    const auto leftovers = DocumentSession::leftovers();
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
