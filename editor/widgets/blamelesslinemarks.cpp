// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blamelesslinemarks.h"

#include "editor/widgets/blamelessmarks.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QToolTip>

namespace hindsight::editor {

BlamelessLineMarks *BlamelessLineMarks::attach(QLineEdit *edit, model::ReviewDocument *document)
{
    return new BlamelessLineMarks(edit, document);
}

BlamelessLineMarks::BlamelessLineMarks(QLineEdit *edit, model::ReviewDocument *document)
    : QObject(edit), m_edit(edit), m_marks(BlamelessMarks::of(document))
{
    connect(edit, &QLineEdit::textChanged, this, &BlamelessLineMarks::update);
    connect(m_marks, &BlamelessMarks::changed, this, &BlamelessLineMarks::update);
    edit->installEventFilter(this);
    update();
}

void BlamelessLineMarks::update()
{
    const auto findings = m_marks ? m_marks->scan(m_edit->text()) : QList<model::BlameFinding>();
    if (findings.isEmpty() && m_findings.isEmpty())
        return;
    m_findings = findings;
    // QLineEdit drops the formats while it finishes a change, after textChanged(): they are given
    // again once it is done, for every change, since a change anywhere moves them.
    if (!m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &BlamelessLineMarks::apply, Qt::QueuedConnection);
    }
}

void BlamelessLineMarks::apply()
{
    m_pending = false;
    if (m_edit->isReadOnly())
        return;
    // An input method event with no text to commit or compose changes nothing but the formats,
    // whose positions count from the cursor. It is sent after a change only, when no input
    // method is composing: its text is part of the field's text only once committed.
    const auto format = BlamelessMarks::underlineFormat();
    QList<QInputMethodEvent::Attribute> attributes;
    for (const auto &finding : std::as_const(m_findings)) {
        attributes.append({QInputMethodEvent::TextFormat, int(finding.start) - m_edit->cursorPosition(),
                           int(finding.length), format});
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

bool BlamelessLineMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ToolTip && !m_findings.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto position = qsizetype(m_edit->cursorPositionAt(help->pos()));
        QList<model::BlameFinding> under;
        for (const auto &finding : std::as_const(m_findings)) {
            // The cursor position nearest the mouse: the edges of a phrase count as the phrase.
            if (position >= finding.start && position <= finding.start + finding.length)
                under.append(finding);
        }
        if (!under.isEmpty()) {
            QToolTip::showText(help->globalPos(), BlamelessMarks::richToolTip(BlamelessMarks::toolTip(under)), m_edit);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hindsight::editor
