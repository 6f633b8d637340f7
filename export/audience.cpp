// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience.h"

#include "model/figures.h"
#include "model/names.h"

#include <QCoreApplication>

#include <algorithm>

namespace hindsight::exporting {

using model::SectionKey;
using model::Visibility;

namespace {

bool isPublic(const model::Review &review, SectionKey key)
{
    return review.visibility[int(key)] == Visibility::Public;
}

template <typename Row>
void keepPublicRows(QList<Row> &rows)
{
    rows.removeIf([](const Row &row) { return row.visibility != Visibility::Public; });
}

void clearImpactPart(model::Impact &impact, model::ImpactPart part)
{
    switch (part) {
    case model::ImpactPart::User:
        impact.user.clear();
        break;
    case model::ImpactPart::Business:
        impact.business.clear();
        break;
    case model::ImpactPart::Team:
        impact.team.clear();
        break;
    case model::ImpactPart::UsersAffected:
        impact.usersAffected.reset();
        break;
    case model::ImpactPart::RevenueLost:
        impact.revenueLost.reset();
        impact.currency.clear();
        break;
    case model::ImpactPart::SlaBreached:
        impact.slaBreached = false;
        break;
    case model::ImpactPart::DataLost:
        impact.dataLost = false;
        break;
    case model::ImpactPart::DataCompromised:
        impact.dataCompromised = false;
        break;
    }
}

// Everything but the redaction.
model::Review publicPart(const model::Review &review)
{
    model::Review view = review;
    // The team's discussion of the review, its reviewers and its identity belong to the team.
    view.id = {};
    view.comments.clear();
    view.signOffs.clear();
    view.reviewers.clear();
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
    for (const auto part : model::enumValues<model::ImpactPart>()) {
        if (!isInCustomerVersion(review, part))
            clearImpactPart(view.impact, part);
    }
    keepPublicRows(view.timeline);
    keepPublicRows(view.actions);
    keepPublicRows(view.additional);
    keepPublicRows(view.figures);
    view.figures.removeIf([&view](const model::Figure &figure) { return !isPublic(view, figure.section); });
    for (auto &figure : view.figures) {
        if (figure.kind == model::FigureKind::Image)
            figure.image = model::FigureImages::withoutMetadata(figure.image);
    }
    for (auto &author : view.authors)
        author.contact.clear();
    return view;
}

struct Audience
{
    Q_DECLARE_TR_FUNCTIONS(Audience)
};

// "1 host name", "5 host names": plain plurals that read right without a translation file.
QString counted(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

} // namespace

bool isInCustomerVersion(const model::Review &review, model::ImpactPart part)
{
    return isPublic(review, SectionKey::Impact) && review.impact.visibility[int(part)] == Visibility::Public;
}

model::Review customerView(const model::Review &review, const RedactionRules &rules)
{
    return Redactor(review, rules).redact(publicPart(review)).review;
}

QStringList customerOmissions(const model::Review &review, const ExportOptions &options)
{
    QStringList omissions;
    for (const auto key : model::allSections()) {
        if (!isPublic(review, key))
            omissions.append(Audience::tr("Section “%1” (internal)").arg(model::enumLabel(key)));
    }
    for (const auto &note : review.additional) {
        if (note.visibility != Visibility::Public) {
            const QString heading = note.heading.simplified();
            omissions.append(Audience::tr("Section “%1” (internal)")
                                 .arg(heading.isEmpty() ? Audience::tr("Untitled note") : heading));
        }
    }
    if (isPublic(review, SectionKey::Impact)) {
        for (const auto part : model::enumValues<model::ImpactPart>()) {
            if (!isInCustomerVersion(review, part))
                omissions.append(Audience::tr("Impact: “%1” (internal)").arg(model::enumLabel(part)));
        }
    }
    const auto internal = [](const auto &rows) {
        return int(std::count_if(rows.cbegin(), rows.cend(),
                                 [](const auto &row) { return row.visibility != Visibility::Public; }));
    };
    if (isPublic(review, SectionKey::Timeline)) {
        if (const int count = internal(review.timeline))
            omissions.append(
                counted(count, Audience::tr("1 internal timeline event"), Audience::tr("%1 internal timeline events")));
    }
    if (isPublic(review, SectionKey::Actions)) {
        if (const int count = internal(review.actions))
            omissions.append(counted(count, Audience::tr("1 internal action"), Audience::tr("%1 internal actions")));
    }
    const auto internalFigures = std::count_if(review.figures.cbegin(), review.figures.cend(), [&](const auto &figure) {
        return figure.visibility != Visibility::Public && isPublic(review, figure.section);
    });
    if (internalFigures) {
        omissions.append(counted(int(internalFigures), Audience::tr("1 internal image or chart"),
                                 Audience::tr("%1 internal images and charts")));
    }
    if (isPublic(review, SectionKey::Authors) &&
        std::any_of(review.authors.cbegin(), review.authors.cend(),
                    [](const model::Person &person) { return !person.contact.trimmed().isEmpty(); })) {
        omissions.append(Audience::tr("Authors' contact details"));
    }

    const auto counts = Redactor(review, options.redaction).redact(publicPart(review)).counts;
    QStringList redacted;
    if (counts.hostNames)
        redacted.append(counted(counts.hostNames, Audience::tr("1 host name"), Audience::tr("%1 host names")));
    if (counts.ipAddresses)
        redacted.append(counted(counts.ipAddresses, Audience::tr("1 IP address"), Audience::tr("%1 IP addresses")));
    if (counts.emailAddresses)
        redacted.append(
            counted(counts.emailAddresses, Audience::tr("1 e-mail address"), Audience::tr("%1 e-mail addresses")));
    if (counts.names)
        redacted.append(counted(counts.names, Audience::tr("1 name"), Audience::tr("%1 names")));
    if (counts.patterns)
        redacted.append(counted(counts.patterns, Audience::tr("1 match of your patterns"),
                                Audience::tr("%1 matches of your patterns")));
    if (!redacted.isEmpty())
        omissions.append(Audience::tr("%1 redacted").arg(redacted.join(QStringLiteral(", "))));
    return omissions;
}

model::Review reviewForAudience(const model::Review &review, const ExportOptions &options)
{
    return options.audience == ExportOptions::Audience::Customer ? customerView(review, options.redaction) : review;
}

} // namespace hindsight::exporting
