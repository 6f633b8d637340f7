// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class NoteInput;

// The note panel of live mode. A note's time is taken at its first keystroke (the moment
// something happened, not the moment the sentence was finished), can be nudged by keyboard,
// and the note is on disk before the input clears (model::commands::addLiveNote keeps that rule):
// if the write fails, the text stays.
class NotePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NotePanel(QWidget *parent = nullptr);

    void setDocument(model::ReviewDocument *document);
    void setAuthor(const QString &author) { m_author = author; }
    // For tests and the benchmark: where "now" comes from.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    NoteInput *input() const { return m_input; }
    QString text() const;
    void setText(const QString &text);
    // The time the pending note will carry; invalid while the input is empty.
    QDateTime noteTime() const { return m_noteTime; }

    // Commits the input as a timeline event. Returns false, keeping the text, when there is
    // nothing to commit or the note could not be written.
    bool commit();

public Q_SLOTS:
    void focusInput();

Q_SIGNALS:
    // A note is in the file; id is its timeline event.
    void noteCommitted(qint64 id);
    void commitFailed(const QString &message);

private:
    void textChanged();
    void nudge(int seconds);
    void updateTimeLabel();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QPointer<model::ReviewDocument> m_document;
    NoteInput *m_input;
    QLabel *m_time;
    QLabel *m_status;
    QTimer m_tick;
    QDateTime m_noteTime;
    QString m_author;
    std::function<QDateTime()> m_clock;
};

} // namespace hindsight::editor
