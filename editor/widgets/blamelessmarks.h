// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/blamelessscan.h"

#include <QObject>
#include <QTextCharFormat>
#include <QTimer>

#include <memory>

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The blameless scanner of one review, shared by all its editors and tables: it knows the
// review's people (authors, events' authors, actions' owners) and is built anew, shortly after
// they change, emitting changed() so that views mark their text again.
class BlamelessMarks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlamelessMarks)

public:
    // The marks of document, made on first use and owned by it; with no document, a scanner
    // that knows no names (blame words and pronouns are still found).
    static BlamelessMarks *of(model::ReviewDocument *document);

    QList<model::BlameFinding> scan(const QString &text) const { return m_scanner->scan(text); }
    const model::BlamelessScanner &scanner() const { return *m_scanner; }

    // What a flagged phrase looks like in a text editor: a wavy underline, colours kept.
    static QTextCharFormat underlineFormat();
    // The suggestions of findings, one a line; empty when there are none.
    static QString toolTip(const QList<model::BlameFinding> &findings);
    // toolTip() as QToolTip shows it: rich text, so that a long suggestion wraps instead of
    // making a tooltip as wide as the screen.
    static QString richToolTip(const QString &toolTip);
    // The colour of the underline, for views that draw it themselves.
    static QColor underlineColor();

Q_SIGNALS:
    void changed();

private:
    explicit BlamelessMarks(model::ReviewDocument *document);
    void rebuild();

    model::ReviewDocument *m_document;
    QStringList m_names;
    std::unique_ptr<model::BlamelessScanner> m_scanner;
    QTimer m_rebuildTimer;
};

} // namespace hindsight::editor
