// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace hindsight::model {
class ReviewDocument;
}

namespace hindsight::editor {

// The figures a page is about, computed from the timeline's milestones and kept current: time
// to detect and acknowledge on the Detection page, time to mitigate, resolve and the duration on
// the Resolution page. Milestones out of order are named, in the warning colour.
class MetricsSummary final : public QLabel
{
    Q_OBJECT

public:
    enum class Figures { Detection, Resolution };

    MetricsSummary(model::ReviewDocument &document, Figures figures, QWidget *parent = nullptr);

private:
    void refresh();

    QPointer<model::ReviewDocument> m_document;
    Figures m_figures;
};

} // namespace hindsight::editor
