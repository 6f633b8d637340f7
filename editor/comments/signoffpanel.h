// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class RowTable;

// The review's reviewers (a table: name and role) and where each stands: approved, changes
// requested (with why), or not yet, from the latest of their sign-offs. Approve and Request
// changes record a verdict for a reviewer, one undo step each, stored at once.
class SignOffPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffPanel)

public:
    SignOffPanel(model::ReviewDocument &document, QWidget *parent = nullptr);

    RowTable *reviewers() const { return m_table; }
    QLabel *verdicts() const { return m_verdicts; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *requestChangesButton() const { return m_requestChanges; }

    // The verdicts as the panel shows them, one line per reviewer, then anyone else who signed off.
    QStringList verdictLines() const;

    // Who signs off from here by default: the name comments are signed with, when listed.
    void setDefaultReviewer(const QString &name) { m_defaultReviewer = name; }

    // The name comments are signed with, as the main window remembers it (the panel asks the
    // application's settings for it when set).
    static QString rememberedAuthor();

private:
    void refresh();
    void askVerdict(bool approve);

    model::ReviewDocument &m_document;
    RowTable *m_table;
    QLabel *m_verdicts;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QString m_defaultReviewer;
};

// Asks before the status becomes Published while something is still open (open threads,
// reviewers who have not approved, actions without owner or ticket): lists them and offers to
// publish anyway. Returns whether to go on.
bool confirmPublishing(QWidget *parent, const model::ReviewDocument &document);

} // namespace hindsight::editor
