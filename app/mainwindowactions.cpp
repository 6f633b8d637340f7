// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and actions, and the recent files list.
#include "editor/figures/figurestrip.h"
#include "editor/notes/notepanel.h"
#include "editor/sections/sectioneditor.h"
#include "editor/sections/sectionlistview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"
#include "placenavigator.h"
#include "recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoGroup>

#include <optional>

namespace hindsight::app {

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *newAction = file->addAction(tr("&New review"), this, [this] { newReview({}); });
    newAction->setShortcut(QKeySequence::New);
    auto *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &as…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export…"), this, [this] { exportReview(false); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCustomerAction = file->addAction(tr("Export &customer version…"), this, [this] { exportReview(true); });
    m_exportCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close review"), this, &MainWindow::closeReview);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    // QUndoGroup puts the command after a fixed prefix ("&Undo Edit impact"); one text with a
    // placeholder lets a language put it where its grammar wants it ("&Rückgängig: %1").
    auto *undo = m_undoGroup->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    const auto showUndo = [undo](const QString &command) {
        undo->setText(command.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(command));
    };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, undo, showUndo);
    showUndo(m_undoGroup->undoText());
    auto *redo = m_undoGroup->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    const auto showRedo = [redo](const QString &command) {
        redo->setText(command.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(command));
    };
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, redo, showRedo);
    showRedo(m_undoGroup->redoText());
    edit->addAction(undo);
    edit->addAction(redo);

    // Figures go to the section on screen, as if its own buttons were pressed; the additional
    // notes page has none.
    edit->addSeparator();
    auto *image = edit->addAction(tr("Insert &image…"), this, [this] {
        if (auto *strip = m_editor->currentFigureStrip())
            strip->chooseImages();
    });
    image->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    auto *chart = edit->addAction(tr("Insert &chart from metrics file…"), this, [this] {
        if (auto *strip = m_editor->currentFigureStrip())
            strip->addChart();
    });
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    const auto updateInsert = [this, image, chart] {
        const bool possible = document() && !document()->isReadOnly() &&
                              m_editor->currentSection() != model::ReviewModel::AdditionalNotesRow;
        image->setEnabled(possible);
        chart->setEnabled(possible);
    };
    connect(edit, &QMenu::aboutToShow, this, updateInsert);
    connect(m_editor, &editor::SectionEditor::currentSectionChanged, this, updateInsert);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, updateInsert);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_timelineDock->toggleViewAction());
    m_viewMenu->addAction(m_notesDock->toggleViewAction());
    auto *checks = m_checksDock->toggleViewAction();
    checks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_viewMenu->addAction(checks);
    auto *comments = m_commentsDock->toggleViewAction();
    comments->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_viewMenu->addAction(comments);

    auto *incident = menuBar()->addMenu(tr("&Incident"));
    auto *start = incident->addAction(tr("&Start incident"), this, [this] { startIncident(); });
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    start->setToolTip(tr("A new review in live mode: the incident starts now and the note input has the focus"));
    m_liveAction = incident->addAction(tr("&Live mode"));
    m_liveAction->setCheckable(true);
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_liveAction, &QAction::triggered, this, &MainWindow::setLive);
    auto *note = incident->addAction(tr("&Write a note"), this, [this] {
        m_notesDock->show();
        m_notes->focusInput();
    });
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    note->setShortcutContext(Qt::ApplicationShortcut);

    auto *go = menuBar()->addMenu(tr("&Go"));
    auto *previous = go->addAction(tr("&Previous section"), this,
                                   [this] { m_editor->showSection(std::max(0, m_editor->currentSection() - 1)); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *next = go->addAction(tr("&Next section"), this, [this] {
        m_editor->showSection(std::min(model::ReviewModel::AdditionalNotesRow, m_editor->currentSection() + 1));
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *sectionList = go->addAction(tr("Section &list"), this, [this] { m_sections->setFocus(); });
    sectionList->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));

    createCommentActions(file, edit, go);

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hindsight"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    updateRecentMenu();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    auto files = settings.value(recent::settingsKey()).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > recent::MaxFiles)
        files.removeLast();
    settings.setValue(recent::settingsKey(), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const auto files = QSettings().value(recent::settingsKey()).toStringList();
    int number = 1;
    for (const auto &path : files) {
        if (!QFileInfo::exists(path))
            continue;
        const auto label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                       : QFileInfo(path).fileName();
        auto *action = m_recentMenu->addAction(label, this, [this, path] { openPath(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        ++number;
    }
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No recent reviews"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        QSettings().remove(recent::settingsKey());
        updateRecentMenu();
    });
}

void MainWindow::exportReview(bool customer)
{
    if (!document())
        return;
    ExportDialog dialog(document()->review(), m_session->suggestedBaseName(), this);
    if (customer)
        dialog.setAudience(exporting::ExportOptions::Audience::Customer);
    // After the dialog has gone, so that the focus stays where the jump puts it.
    std::optional<exporting::ReviewPlace> jump;
    connect(&dialog, &ExportDialog::jumpRequested, this,
            [&jump](const exporting::ReviewPlace &place) { jump = place; });
    dialog.exec();
    if (jump)
        showPlace(*this, *jump);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Hindsight"),
                       tr("<h3>Hindsight %1</h3><p>An editor for incident reviews: notes during the outage, a "
                          "blameless review after it, and reports for the team and for customers.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace hindsight::app
