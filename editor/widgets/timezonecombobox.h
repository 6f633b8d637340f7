// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QPointer>

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The review's display zone: UTC, the computer's own zone, or any zone the system knows. Typing
// filters the list; only a zone that exists is taken. The long list is filled on first use, so
// that opening a review does not pay for it.
//
// Bound to a document, a choice sets the review's zone (one undo step). Made without one, the
// box only reports the choice with zoneChosen(), for dialogs that need a zone of their own (the
// zone of a metrics file's times).
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT

public:
    TimeZoneComboBox(model::ReviewDocument &document, QWidget *parent = nullptr);
    explicit TimeZoneComboBox(QWidget *parent = nullptr);

    // The zone shown, as an IANA id; for a box without a document.
    QString zoneId() const;
    void setZoneId(const QString &id);

    void showPopup() override;

Q_SIGNALS:
    // The user chose an existing zone other than the one shown before.
    void zoneChosen(const QString &id);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void fill();
    void refresh();
    void commit();
    void setUp();

    QPointer<model::ReviewDocument> m_document;
    QString m_zone = QStringLiteral("UTC");
    bool m_filled = false;
};

} // namespace hindsight::editor
