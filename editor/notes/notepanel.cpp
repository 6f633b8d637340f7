// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notepanel.h"

#include "model/livenote.h"
#include "model/names.h"
#include "model/noteparser.h"
#include "model/reviewdocument.h"
#include "noteinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hindsight::editor {

using namespace model;

NotePanel::NotePanel(QWidget *parent)
    : QWidget(parent), m_input(new NoteInput(this)), m_time(new QLabel(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto timeFont = QFont(QStringLiteral("monospace"));
    timeFont.setStyleHint(QFont::Monospace);
    timeFont.setPointSizeF(m_input->font().pointSizeF() * 1.1);
    m_time->setFont(timeFont);
    m_time->setToolTip(tr("The note's time, taken at its first keystroke. Alt+Left and Alt+Right move it by ten "
                          "seconds, Alt+Up and Alt+Down by a minute."));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 ▸")) + 4);
    row->addWidget(m_time, 0, Qt::AlignTop);
    row->addWidget(m_input, 1);
    layout->addLayout(row);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_input->setPlaceholderText(tr("Type a note, Enter to add   (! action  ? discovery  > communication  "
                                   "#detected #acknowledged #mitigated #resolved)"));
    setFocusProxy(m_input);
    connect(m_input, &NoteInput::commitRequested, this, &NotePanel::commit);
    connect(m_input, &NoteInput::nudgeRequested, this, &NotePanel::nudge);
    connect(m_input, &QPlainTextEdit::textChanged, this, &NotePanel::textChanged);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &NotePanel::updateTimeLabel);
    m_tick.start();
    m_author = qEnvironmentVariable("USER");
    setDocument(nullptr);
}

void NotePanel::setDocument(ReviewDocument *document)
{
    m_document = document;
    m_input->setReadOnly(!document || document->isReadOnly());
    m_input->setEnabled(document);
    updateTimeLabel();
}

QString NotePanel::text() const
{
    return m_input->toPlainText();
}

void NotePanel::setText(const QString &text)
{
    m_input->setPlainText(text);
    m_input->moveCursor(QTextCursor::End);
}

void NotePanel::focusInput()
{
    window()->activateWindow();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void NotePanel::textChanged()
{
    const bool empty = m_input->document()->isEmpty();
    if (empty)
        m_noteTime = {};
    else if (!m_noteTime.isValid())
        m_noteTime = now();
    if (m_status->isVisible() && empty)
        m_status->hide();
    updateTimeLabel();
}

void NotePanel::nudge(int seconds)
{
    if (!m_noteTime.isValid())
        m_noteTime = now();
    m_noteTime = m_noteTime.addSecs(seconds);
    updateTimeLabel();
}

void NotePanel::updateTimeLabel()
{
    const auto zone = m_document ? m_document->model()->displayZone() : QTimeZone::utc();
    const bool pending = m_noteTime.isValid();
    const auto shown = (pending ? m_noteTime : now()).toTimeZone(zone);
    m_time->setText(shown.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" ▸"));
    m_time->setForegroundRole(pending ? QPalette::WindowText : QPalette::PlaceholderText);
    auto font = m_time->font();
    font.setBold(pending);
    m_time->setFont(font);
}

bool NotePanel::commit()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    const auto note = parseNote(text());
    if (note.isEmpty())
        return false;

    TimelineEvent event;
    event.time = (m_noteTime.isValid() ? m_noteTime : now()).toUTC();
    event.precision = TimePrecision::Second;
    event.kind = note.kind;
    event.milestone = note.milestone;
    event.text = note.text.isEmpty() ? enumLabel(note.milestone) : note.text;
    event.author = m_author;
    const auto result = commands::addLiveNote(*m_document, event);
    if (!result.ok()) {
        const auto message = tr("The note could not be written to the review file, so it is still here. Check the "
                                "disk and press Enter to try again.");
        m_status->setText(message);
        m_status->setToolTip(result.error);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->show();
        Q_EMIT commitFailed(message);
        return false;
    }
    m_input->clear();
    Q_EMIT noteCommitted(result.id);
    return true;
}

} // namespace hindsight::editor
