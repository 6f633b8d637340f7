// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsession.h"

#include <QMainWindow>
#include <QUuid>

class QDockWidget;
class QMenu;
class QSplitter;
class QUndoGroup;

namespace hindsight::model {
class ReviewDocument;
struct Review;
} // namespace hindsight::model

namespace hindsight::editor {
class ChecksPanel;
class CommentsPanel;
class NotePanel;
class SectionEditor;
class SectionListView;
class TimelineView;
} // namespace hindsight::editor

namespace hindsight::app {

class MessageBar;
class ReviewHeader;
class TimelineLink;

// One review per window: the header, the section list and the selected section's form, with
// the live note panel and the timeline as docks. The window asks the user (file dialogs,
// confirmations, messages); its DocumentSession does the opening, saving and closing.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    model::ReviewDocument *document() const { return m_session->document(); }
    DocumentSession *session() const { return m_session; }
    editor::SectionEditor *sectionEditor() const { return m_editor; }
    editor::SectionListView *sectionList() const { return m_sections; }
    MessageBar *messageBar() const { return m_messages; }
    editor::NotePanel *notePanel() const { return m_notes; }
    editor::TimelineView *timelineView() const { return m_timeline; }
    ReviewHeader *header() const { return m_header; }
    editor::ChecksPanel *checksPanel() const { return m_checks; }
    QDockWidget *checksDock() const { return m_checksDock; }
    editor::CommentsPanel *commentsPanel() const { return m_comments; }
    QDockWidget *commentsDock() const { return m_commentsDock; }
    // Shows the comments dock with that thread selected.
    void showThread(const QUuid &thread);
    // Comments on what the user is at (commentAnchorAt()): asks for the text, then adds it.
    void addComment();
    // Adds a comment with that text on what the user is at, signed with the remembered name;
    // returns the new thread's id, or a null id when nothing could be commented on.
    QUuid addCommentHere(const QString &markdown);
    // Merges the comments of those copies into the review and says what was added or refused.
    void mergeComments(const QStringList &copies);
    // Shows the checks dock and puts the keyboard focus in its list.
    void showChecks();

    // Opens a review, or imports a Markdown or JSON file into a new untitled review. Tells the
    // user why when it cannot; returns whether a review is now open from that path.
    bool openPath(const QString &path);
    // A new untitled review, kept in the application data folder until saved elsewhere.
    bool newReview(const model::Review &review);
    // Asks what to do with an untitled review, writes what is pending; false when the user
    // cancelled or kept a review whose changes could not be written.
    bool closeReview();
    // What start-up does without a file: recover leftovers, else reopen the last review, else
    // start a new one.
    void startWithoutFile();
    // Live mode on a new review whose incident starts now, or on path (created when it does not
    // exist, else opened). The note input has the keyboard focus afterwards.
    bool startIncident(const QString &path = {});
    void setLive(bool live);
    bool isLive() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showDocument(model::ReviewDocument *document);
    // Tells the user what went wrong or what an import noted; returns whether it worked.
    bool report(const DocumentSession::Result &result, const QString &title);
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    bool saveAs();
    void openDialog();
    void about();
    void exportReview(bool customer);
    void createCommentActions(QMenu *file, QMenu *edit, QMenu *go);
    void createCommentsDock();
    QString commentAuthor() const;
    bool saveAsNewReview();
    void sendForReview();
    void chooseCopiesToMerge();

    DocumentSession *m_session;
    QUndoGroup *m_undoGroup;
    ReviewHeader *m_header;
    MessageBar *m_messages;
    QSplitter *m_splitter;
    editor::SectionListView *m_sections;
    editor::SectionEditor *m_editor;
    editor::NotePanel *m_notes;
    editor::TimelineView *m_timeline;
    TimelineLink *m_timelineLink;
    editor::ChecksPanel *m_checks;
    editor::CommentsPanel *m_comments;
    QDockWidget *m_notesDock = nullptr;
    QDockWidget *m_checksDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_liveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportCustomerAction = nullptr;
    QList<QAction *> m_documentActions; // enabled while a review is open
};

} // namespace hindsight::app
