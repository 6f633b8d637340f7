// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace hindsight::model {
class ReviewDocument;
struct Review;
} // namespace hindsight::model

namespace hindsight::app {

// The review a window works on, and every way to replace it: a new review, opening, importing,
// starting an incident, saving as, closing, recovering. It asks nobody anything: each operation
// says what happened, and the window asks the user before it calls one (save an untitled review?
// lose changes that could not be written?), so tests drive it without a window.
//
// A review never saved under a name lives in the application's data folder ("untitled"), so that
// nothing typed is lost; one left there by a run that did not close it is offered for recovery.
class DocumentSession final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        // Why nothing was done, one sentence for people. Empty when it worked, and when the close
        // handler kept the open review (the user cancelled).
        QString error;
        // Worth saying beside the review that is now open: what an import noted.
        QString notice;
    };

    // An untitled review that no running Hindsight holds.
    struct Leftover
    {
        QString path;
        QString title;
        qsizetype events = 0;
        QDateTime modified;
    };

    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    model::ReviewDocument *document() const { return m_document.get(); }
    // The open review lives in the untitled folder.
    bool isUntitled() const;
    // The open review is untitled, writable and not empty: closing it without saving it elsewhere
    // loses what was typed.
    bool hasUnnamedWork() const;

    // Decides whether the open review may make room for another one. The window asks the user there
    // and closes it (close(), discard(), or saveAs() then close()); returning false keeps it open and
    // cancels the operation. Without a handler the review is closed as close() does.
    void setCloseHandler(std::function<bool()> handler) { m_closeHandler = std::move(handler); }

    // A new untitled review holding review.
    Result newReview(const model::Review &review);
    // Opens a .hindsight review (read-only, with the document's readOnlyReason(), when another
    // Hindsight holds it), or imports a Markdown or JSON file into a new untitled review. When the
    // file cannot be read, the open review stays open and the file is left untouched.
    Result open(const QString &path);
    // A review whose incident starts at now: a new untitled one when path is empty, else path,
    // created when it does not exist; an existing one gains a "started" milestone if it has none.
    Result startIncident(const QString &path = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Writes a standalone copy to path (".hindsight" is added when missing) and continues there; an
    // untitled review's file is removed from the untitled folder.
    Result saveAs(QString path);
    // Saves as a new review (ReviewDocument::saveAsNewReview()) at path and continues on it.
    Result saveAsNewReview(QString path);
    // Writes a copy of the review for reviewers to path, and continues on this one.
    Result writeCopy(QString path);
    // Writes what is pending and closes. An empty untitled review is removed; one with content stays
    // in the untitled folder, to be recovered. Fails, keeping the review open, when the latest
    // changes cannot be written.
    Result close();
    // Closes without another attempt to write; an untitled review's file is removed.
    void discard();

    // A file name without suffix for this review in save and export dialogs: an untitled review is
    // named after its title, a saved one after its file.
    QString suggestedBaseName() const;

    static QString untitledFolder();
    // A fresh path in the untitled folder.
    static QString newUntitledPath();
    static bool isUntitled(const QString &path);
    // Untitled reviews not open in any running Hindsight, newest first.
    static QList<Leftover> leftovers();
    // Removes an untitled review and the files SQLite keeps beside it.
    static void removeUntitled(const QString &path);

Q_SIGNALS:
    // The open review is now document (null: none). The one before is destroyed only after the
    // receivers return, so that views let go of it here.
    void documentChanged(hindsight::model::ReviewDocument *document);
    // A file is being read (true) and has been read (false); for a busy cursor.
    void busy(bool reading);

private:
    Result importFile(const QString &path);
    // Closes the open review to make room for another one, through the close handler when there is one.
    Result makeRoom();
    void setDocument(std::unique_ptr<model::ReviewDocument> document);

    std::unique_ptr<model::ReviewDocument> m_document;
    std::function<bool()> m_closeHandler;
};

} // namespace hindsight::app
