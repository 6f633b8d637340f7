// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/comments.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QListView;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The comment threads of one review, by section (a list in the template's order that names each
// thread's section; built lazily, so that thousands of threads cost nothing until they are on
// screen): the current thread in full below the list,
// with a reply box and Go to, Resolve / Reopen, Edit and Delete, each one undo step, stored at
// once. Filters show open, resolved or all threads, and only those the user took part in.
class CommentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsPanel)

public:
    enum class Filter { Open, Resolved, All };

    explicit CommentsPanel(QWidget *parent = nullptr);

    // When a comment or verdict was made, as the discussion shows it: the local date, short,
    // and the time to the minute.
    static QString shortTime(const QDateTime &utc);

    // nullptr clears the list. The panel lets go of a document that is destroyed.
    void setDocument(model::ReviewDocument *document);
    // Who comments from here ("mine" means theirs).
    void setAuthor(const QString &author);
    QString author() const { return m_author; }

    void setFilter(Filter filter);
    Filter filter() const;
    void setOnlyMine(bool only);

    // The threads the list shows, in its order.
    QList<model::CommentThread> shownThreads() const { return m_shown; }
    QUuid currentThread() const;
    // Selects a thread (showing every thread when the filter hides it); false when there is none.
    bool setCurrentThread(const QUuid &thread);
    // Moves to the next or previous open thread after the current one, wrapping round; false
    // when no thread is open.
    bool selectNextOpen(bool forward = true);
    int openCount() const { return m_openCount; }

    QListView *list() const { return m_list; }
    // What the list shows for the current thread.
    QString currentText() const;
    QTextBrowser *threadView() const { return m_thread; }
    QPlainTextEdit *replyEdit() const { return m_reply; }
    QPushButton *replyButton() const { return m_replyButton; }
    QPushButton *goButton() const { return m_go; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }

    // Resolves the current thread with a decision, reopens it, replies to it: as the buttons do,
    // without asking.
    void resolveCurrent(const QString &decision);
    void reopenCurrent();
    void replyToCurrent(const QString &markdown);
    void deleteCurrent();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user asked to go to what a thread is about.
    void goToRequested(const hindsight::model::CommentAnchor &anchor);
    void openCountChanged(int count);

private:
    const model::CommentThread *current() const;
    void fill();
    void showCurrent();
    void updateButtons();
    void toggleResolved();
    void editCurrent();
    void goToCurrent();
    void post(model::CommentChange change, const QUuid &target, const QString &text);

    QPointer<model::ReviewDocument> m_document;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_edited;
    QTimer m_editTimer; // the list again after a pause in editing: passages move or go
    QString m_author;
    QList<model::CommentThread> m_all;
    QList<model::CommentThread> m_shown;
    int m_openCount = -1;
    QComboBox *m_filter;
    QCheckBox *m_mine;
    QLabel *m_summary;
    class ThreadList;
    ThreadList *m_model;
    QListView *m_list;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_reply;
    QPushButton *m_replyButton;
    QPushButton *m_go;
    QPushButton *m_resolve;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace hindsight::editor
