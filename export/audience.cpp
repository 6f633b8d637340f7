// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience.h"

#include "model/names.h"

namespace hindsight::exporting {

using model::SectionKey;
using model::Visibility;

namespace {

bool isPublic(const model::Review &review, SectionKey key)
{
    return review.visibility[int(key)] == Visibility::Public;
}

template<typename Row>
void keepPublicRows(QList<Row> &rows)
{
    rows.removeIf([](const Row &row) { return row.visibility != Visibility::Public; });
}

} // namespace

model::Review customerView(const model::Review &review)
{
    model::Review view = review;
    // Cleared by section rather than field by field, so that a field added to a section later
    // is left out with it unless someone decides otherwise here.
    for (const auto key : model::allSections()) {
        if (isPublic(view, key))
            continue;
        switch (key) {
        case SectionKey::Authors:
            view.authors.clear();
            break;
        case SectionKey::Summary:
            view.summary.clear();
            break;
        case SectionKey::Impact:
            view.impact = {};
            break;
        case SectionKey::Detection:
            view.detection = {};
            break;
        case SectionKey::Triage:
            view.triage.clear();
            break;
        case SectionKey::RootCauses:
            view.rootCauses.clear();
            break;
        case SectionKey::Resolution:
            view.resolution.clear();
            break;
        case SectionKey::Timeline:
            view.timeline.clear();
            break;
        case SectionKey::Lessons:
            view.lessons.clear();
            break;
        case SectionKey::Actions:
            view.actions.clear();
            break;
        case SectionKey::Share:
            view.shareAudience.clear();
            view.share.clear();
            break;
        }
    }
    keepPublicRows(view.timeline);
    keepPublicRows(view.actions);
    keepPublicRows(view.additional);
    for (auto &author : view.authors)
        author.contact.clear();
    return view;
}

model::Review reviewForAudience(const model::Review &review, const ExportOptions &options)
{
    return options.audience == ExportOptions::Audience::Customer ? customerView(review) : review;
}

} // namespace hindsight::exporting
