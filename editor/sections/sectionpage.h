// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QVBoxLayout;

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The frame every page of the section editor shares: the heading, one line on what belongs in
// the section and, for template sections, whether the customer version contains it. The
// page's own widgets go into contentLayout().
class SectionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionPage)

public:
    // key is empty for the additional notes page.
    SectionPage(model::ReviewDocument &document, std::optional<model::SectionKey> key, QWidget *parent = nullptr);

    QVBoxLayout *contentLayout() const { return m_content; }
    // The "Customer version" control, nullptr on the additional notes page.
    QComboBox *visibilityCombo() const { return m_visibility; }

    static QString explanation(std::optional<model::SectionKey> key);

private:
    QVBoxLayout *m_content;
    QComboBox *m_visibility = nullptr;
};

} // namespace hindsight::editor
