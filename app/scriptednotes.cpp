// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptednotes.h"

#include "editor/notes/notepanel.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace hindsight::app {

ScriptedNotes::ScriptedNotes(editor::NotePanel *panel, QObject *parent)
    : QObject(parent), m_panel(panel), m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &ScriptedNotes::readAvailable);
}

void ScriptedNotes::readAvailable()
{
    char chunk[4096];
    const auto count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count <= 0) {
        m_notifier->setEnabled(false); // end of input: keep the window, stop reading
        return;
    }
    m_buffer.append(chunk, count);
    for (auto end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const auto line = QString::fromUtf8(m_buffer.left(end));
        m_buffer.remove(0, end + 1);
        if (line.trimmed().isEmpty())
            continue;
        m_panel->setText(line);
        qint64 acknowledged = 0;
        const auto connection = connect(m_panel, &editor::NotePanel::noteCommitted, this,
                                        [&acknowledged](qint64 id) { acknowledged = id; });
        const bool ok = m_panel->commit() && m_panel->text().isEmpty();
        disconnect(connection);
        if (ok)
            std::printf("ok %lld\n", static_cast<long long>(acknowledged));
        else
            std::printf("failed\n");
        std::fflush(stdout);
    }
}

} // namespace hindsight::app
