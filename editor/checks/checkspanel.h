// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reviewchecks.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The review checks of one document as a list: each with its reason, a way to go to the place it
// points at, and Dismiss / Restore (undoable, stored in the review). The list follows the
// document's changes after a short pause, so a burst of typing is checked once, after it.
class ChecksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPanel)

public:
    static constexpr int RefreshDelayMs = 200;

    explicit ChecksPanel(QWidget *parent = nullptr);

    // nullptr clears the list. The panel lets go of a document that is destroyed.
    void setDocument(model::ReviewDocument *document);

    // Runs the checks now, without waiting for the pause.
    void refresh();
    // The checks the list holds: the open ones, and the dismissed ones too when they are shown.
    QList<model::Check> shownChecks() const { return m_shown; }
    int openCount() const { return m_openCount; }
    void setShowDismissed(bool show);
    bool showsDismissed() const;

    QListWidget *list() const { return m_list; }
    QPushButton *goButton() const { return m_go; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    // The user asked to go to where a check points.
    void goToRequested(const hindsight::model::CheckLocation &location);
    void openCountChanged(int count);

private:
    void scheduleRefresh();
    void fill();
    const model::Check *currentCheck() const;
    void goToCurrent();
    void toggleCurrent();
    void updateButtons();

    QPointer<model::ReviewDocument> m_document;
    QMetaObject::Connection m_changed;
    QTimer m_timer;
    QList<model::Check> m_all;
    QList<model::Check> m_shown;
    int m_openCount = -1;
    QLabel *m_summary;
    QListWidget *m_list;
    QCheckBox *m_showDismissed;
    QPushButton *m_go;
    QPushButton *m_dismiss;
};

} // namespace hindsight::editor
