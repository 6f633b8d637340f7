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
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT

public:
    TimeZoneComboBox(model::ReviewDocument &document, QWidget *parent = nullptr);

    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void fill();
    void refresh();
    void commit();

    QPointer<model::ReviewDocument> m_document;
    bool m_filled = false;
};

} // namespace hindsight::editor
