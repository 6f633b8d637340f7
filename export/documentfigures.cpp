// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfigures.h"

#include "model/names.h"

#include <algorithm>

namespace hindsight::exporting {

DocumentFigures::DocumentFigures(const model::Review &review)
{
    for (const auto key : model::allSections()) {
        for (const auto &figure : review.figures) {
            if (figure.section == key)
                m_figures.append({int(m_figures.size()) + 1, figure});
        }
    }
}

QList<DocumentFigures::Numbered> DocumentFigures::inSection(model::SectionKey key) const
{
    QList<Numbered> figures;
    for (const auto &numbered : m_figures) {
        if (numbered.figure.section == key)
            figures.append(numbered);
    }
    return figures;
}

bool DocumentFigures::hasCharts() const
{
    return std::any_of(m_figures.cbegin(), m_figures.cend(),
                       [](const Numbered &numbered) { return numbered.figure.kind == model::FigureKind::Chart; });
}

QString DocumentFigures::numberLabel(int number)
{
    return tr("Figure %1").arg(number);
}

QString DocumentFigures::caption(int number, const QString &caption)
{
    const QString text = caption.simplified();
    return text.isEmpty() ? numberLabel(number) : tr("Figure %1: %2").arg(QString::number(number), text);
}

QString DocumentFigures::missingRenderer(const ExportOptions &options, const QString &path) const
{
    if (options.figureRenderer || !hasCharts())
        return {};
    return tr("Cannot write %1: the review has charts, and no chart renderer was given to draw them. Export from "
              "the Hindsight application or its command line, which draw charts.")
        .arg(path);
}

} // namespace hindsight::exporting
