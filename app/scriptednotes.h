// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace hindsight::editor {
class NotePanel;
}

namespace hindsight::app {

// Feeds notes read line by line from standard input through the note panel's own commit path
// (the one Enter takes, down to model::commands::addLiveNote), and answers "ok ID" on standard
// output once each is in the file (the input has cleared), or "failed" when it could not be
// written. For scripted note taking (a pager hook, a chat bridge) and for the crash-safety test.
class ScriptedNotes final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedNotes(editor::NotePanel *panel, QObject *parent = nullptr);

private:
    void readAvailable();

    editor::NotePanel *m_panel;
    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
};

} // namespace hindsight::app
