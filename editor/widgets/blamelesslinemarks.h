// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/blamelessscan.h"

#include <QObject>
#include <QPointer>

class QLineEdit;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

class BlamelessMarks;

// Underlines the wording that pins a failure on a person in a one-line field (a title, "Who it
// goes to", a heading) as the user types, with the suggestion in the tooltip over the phrase,
// as MarkdownEdit does. QLineEdit has no character formats of its own: the underline is given
// to it the way an input method gives formats to the text it composes, and given again after
// every change. A read-only line edit is left plain.
class BlamelessLineMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlamelessLineMarks)

public:
    // Marks edit's text with the scanner of document's review; owned by edit.
    static BlamelessLineMarks *attach(QLineEdit *edit, model::ReviewDocument *document);

    // What is underlined, or will be once the event loop runs.
    QList<model::BlameFinding> findings() const { return m_findings; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BlamelessLineMarks(QLineEdit *edit, model::ReviewDocument *document);
    void update();
    void apply();

    QLineEdit *m_edit;
    QPointer<BlamelessMarks> m_marks;
    QList<model::BlameFinding> m_findings;
    bool m_pending = false;
};

} // namespace hindsight::editor
