// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's part in the team's discussion: the comments dock, adding comments, copies
// for reviewers and merging what they sent back.
#include "editor/comments/commentdialog.h"
#include "editor/comments/commentplace.h"
#include "editor/comments/commentspanel.h"
#include "editor/sections/sectioneditor.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/commands.h"
#include "model/commentmerge.h"
#include "model/comments.h"
#include "model/reviewdocument.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace hindsight::app {

namespace {

const QString AuthorKey = QStringLiteral("comments/author");

QString reviewsFilter()
{
    return MainWindow::tr("Hindsight reviews (*.hindsight)");
}

} // namespace

void MainWindow::createCommentsDock()
{
    m_commentsDock = new QDockWidget(tr("Comments"), this);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setWidget(m_comments);
    addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    tabifyDockWidget(m_checksDock, m_commentsDock);
    m_checksDock->raise();
    connect(m_comments, &editor::CommentsPanel::goToRequested, this, [this](const model::CommentAnchor &anchor) {
        if (document())
            editor::goToCommentAnchor(*m_editor, document()->review(), anchor);
    });
}

void MainWindow::createCommentActions(QMenu *file, QMenu *edit, QMenu *go)
{
    // After Save As, before the exports.
    const auto actions = file->actions();
    QAction *beforeExport = actions.value(actions.indexOf(m_exportAction) - 1);
    auto *saveNew = new QAction(tr("Save as &new review…"), this);
    saveNew->setToolTip(tr("A copy with an identity of its own, without this review's comments"));
    connect(saveNew, &QAction::triggered, this, &MainWindow::saveAsNewReview);
    saveNew->setProperty("readOnlyToo", true);
    auto *send = new QAction(tr("Send for re&view…"), this);
    send->setToolTip(tr("Write a copy for reviewers to comment on; merge their copies back afterwards"));
    connect(send, &QAction::triggered, this, &MainWindow::sendForReview);
    auto *merge = new QAction(tr("&Merge comments from…"), this);
    merge->setToolTip(tr("Bring in the comments and sign-offs of copies of this review"));
    connect(merge, &QAction::triggered, this, &MainWindow::chooseCopiesToMerge);
    file->insertActions(beforeExport, {saveNew, send, merge});

    auto *add = new QAction(tr("Add co&mment…"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    add->setToolTip(tr("Comment on the selected text, the current row, or the section"));
    connect(add, &QAction::triggered, this, &MainWindow::addComment);
    edit->addSeparator();
    edit->addAction(add);

    auto *next = go->addAction(tr("Next open &comment"), this, [this] {
        m_commentsDock->show();
        m_commentsDock->raise();
        if (m_comments->selectNextOpen(true))
            m_comments->goButton()->click();
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageDown));
    auto *previous = go->addAction(tr("Previous open c&omment"), this, [this] {
        m_commentsDock->show();
        m_commentsDock->raise();
        if (m_comments->selectNextOpen(false))
            m_comments->goButton()->click();
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageUp));
    m_documentActions = {saveNew, send, merge, add};
    next->setProperty("readOnlyToo", true);
    previous->setProperty("readOnlyToo", true);
    m_documentActions << next << previous;
}

QString MainWindow::commentAuthor() const
{
    return editor::CommentDialog::defaultAuthor(QSettings().value(AuthorKey).toString());
}

void MainWindow::showThread(const QUuid &thread)
{
    m_commentsDock->show();
    m_commentsDock->raise();
    m_comments->setCurrentThread(thread);
}

void MainWindow::addComment()
{
    if (!document() || document()->isReadOnly())
        return;
    const auto anchor = editor::commentAnchorAt(*m_editor, QApplication::focusWidget());
    if (!anchor) {
        m_messages->showMessage(tr("Comments belong to the template's sections; this page is none of them."),
                                MessageBar::Kind::Information);
        return;
    }
    editor::CommentDialog dialog(model::DiscussionText::anchorLabel(document()->review(), *anchor) +
                                     tr(", in %1").arg(model::enumLabel(anchor->section)),
                                 commentAuthor(), this);
    if (dialog.exec() != QDialog::Accepted || !document())
        return;
    QSettings().setValue(AuthorKey, dialog.author());
    m_comments->setAuthor(dialog.author());
    model::CommentRecord record;
    record.id = QUuid::createUuid();
    record.author = dialog.author();
    record.text = dialog.markdown();
    record.anchor = *anchor;
    model::commands::addComment(*document(), record);
    showThread(record.id);
}

QUuid MainWindow::addCommentHere(const QString &markdown)
{
    if (!document() || document()->isReadOnly())
        return {};
    const auto anchor = editor::commentAnchorAt(*m_editor, QApplication::focusWidget());
    if (!anchor)
        return {};
    model::CommentRecord record;
    record.id = QUuid::createUuid();
    record.author = commentAuthor();
    record.text = markdown;
    record.anchor = *anchor;
    model::commands::addComment(*document(), record);
    return record.id;
}

bool MainWindow::saveAsNewReview()
{
    if (!document())
        return false;
    const auto suggested = QDir::home().filePath(m_session->suggestedBaseName() + tr("-new", "file name suffix") +
                                                 QStringLiteral(".hindsight"));
    const auto path = QFileDialog::getSaveFileName(this, tr("Save as new review"), suggested, reviewsFilter());
    return !path.isEmpty() && report(m_session->saveAsNewReview(path), tr("Save as new review"));
}

void MainWindow::sendForReview()
{
    if (!document())
        return;
    const auto folder = m_session->isUntitled() ? QDir::homePath() : QFileInfo(document()->filePath()).absolutePath();
    const auto suggested = QDir(folder).filePath(m_session->suggestedBaseName() +
                                                 tr("-for-review", "file name suffix") + QStringLiteral(".hindsight"));
    const auto path = QFileDialog::getSaveFileName(this, tr("Send for review"), suggested, reviewsFilter());
    if (path.isEmpty() || !report(m_session->writeCopy(path), tr("Send for review")))
        return;
    if (document()->review().status == model::Status::Draft)
        model::commands::setField(*document(), model::Field::Status, int(model::Status::InReview));
    m_messages->showMessage(tr("A copy for reviewers is in “%1”. When they send their copies back, bring their "
                               "comments in with File › Merge comments from….")
                                .arg(QDir::toNativeSeparators(path)),
                            MessageBar::Kind::Information);
}

void MainWindow::chooseCopiesToMerge()
{
    if (!document())
        return;
    const auto folder = m_session->isUntitled() ? QDir::homePath() : QFileInfo(document()->filePath()).absolutePath();
    const auto copies = QFileDialog::getOpenFileNames(this, tr("Merge comments from"), folder, reviewsFilter());
    if (!copies.isEmpty())
        mergeComments(copies);
}

void MainWindow::mergeComments(const QStringList &copies)
{
    if (!document() || document()->isReadOnly())
        return;
    const auto merge = model::DiscussionMerge::gather(document()->review(), copies);
    model::commands::addRecords(*document(), merge.records, merge.signOffs, tr("Merge comments"));
    if (!merge.refused.isEmpty()) {
        QMessageBox::warning(this, tr("Merge comments"),
                             (merge.copiesRead > 0 ? merge.summary() + QStringLiteral("\n\n") : QString()) +
                                 tr("These files were not merged:") + QStringLiteral("\n\n") +
                                 merge.refused.join(QStringLiteral("\n")));
    } else {
        m_messages->showMessage(merge.summary(), MessageBar::Kind::Information);
    }
    if (!merge.isEmpty()) {
        m_commentsDock->show();
        m_commentsDock->raise();
    }
}

} // namespace hindsight::app
