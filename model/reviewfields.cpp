// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewfields.h"

#include "names.h"

#include <algorithm>

namespace hindsight::model {

namespace {

template <typename E>
E toEnum(const QVariant &value)
{
    return E(value.toInt());
}

QString *textField(Review &review, Field field)
{
    switch (field) {
    case Field::Title:
        return &review.title;
    case Field::TimeZone:
        return &review.timeZone;
    case Field::Summary:
        return &review.summary;
    case Field::ImpactUser:
        return &review.impact.user;
    case Field::ImpactBusiness:
        return &review.impact.business;
    case Field::ImpactTeam:
        return &review.impact.team;
    case Field::RevenueCurrency:
        return &review.impact.currency;
    case Field::Detection:
        return &review.detection.markdown;
    case Field::Triage:
        return &review.triage;
    case Field::RootCauses:
        return &review.rootCauses;
    case Field::Resolution:
        return &review.resolution;
    case Field::ShareAudience:
        return &review.shareAudience;
    case Field::Share:
        return &review.share;
    default:
        return nullptr;
    }
}

bool isSectionVisibility(Field field)
{
    return int(field) >= int(Field::VisibilityAuthors) && int(field) <= int(Field::VisibilityShare);
}

bool isImpactPartVisibility(Field field)
{
    return int(field) >= int(Field::VisibilityImpactUser) && int(field) <= int(Field::VisibilityDataCompromised);
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QVariant fieldValue(const Review &review, Field field)
{
    if (auto *text = textField(const_cast<Review &>(review), field))
        return *text;
    if (isSectionVisibility(field))
        return int(review.visibility[int(field) - int(Field::VisibilityAuthors)]);
    if (isImpactPartVisibility(field))
        return int(review.impact.visibility[int(field) - int(Field::VisibilityImpactUser)]);
    switch (field) {
    case Field::DismissedChecks:
        return review.dismissedChecks.join(QLatin1Char('\n'));
    case Field::ReviewId:
        return review.id.isNull() ? QString() : review.id.toString(QUuid::WithoutBraces);
    case Field::Severity:
        return review.severity;
    case Field::Status:
        return int(review.status);
    case Field::UsersAffected:
        return review.impact.usersAffected ? QVariant(*review.impact.usersAffected) : QVariant();
    case Field::RevenueLost:
        return review.impact.revenueLost ? QVariant(*review.impact.revenueLost) : QVariant();
    case Field::SlaBreached:
        return review.impact.slaBreached;
    case Field::DataLost:
        return review.impact.dataLost;
    case Field::DataCompromised:
        return review.impact.dataCompromised;
    case Field::DetectionMethod:
        return int(review.detection.method);
    case Field::DetectionTime:
        return review.detection.time;
    default:
        return {};
    }
}

void setFieldValue(Review &review, Field field, const QVariant &value)
{
    if (auto *text = textField(review, field)) {
        *text = value.toString();
        return;
    }
    if (isSectionVisibility(field)) {
        review.visibility[int(field) - int(Field::VisibilityAuthors)] = toEnum<Visibility>(value);
        return;
    }
    if (isImpactPartVisibility(field)) {
        review.impact.visibility[int(field) - int(Field::VisibilityImpactUser)] = toEnum<Visibility>(value);
        return;
    }
    switch (field) {
    case Field::DismissedChecks: {
        auto ids = value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        review.dismissedChecks = ids;
        break;
    }
    case Field::ReviewId:
        review.id = QUuid::fromString(value.toString());
        break;
    case Field::Severity:
        review.severity = value.toInt(); // out of range only in a damaged file, which ReviewDamage refuses
        break;
    case Field::Status:
        review.status = toEnum<Status>(value);
        break;
    case Field::UsersAffected:
        review.impact.usersAffected =
            value.isValid() && !value.isNull() ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
        break;
    case Field::RevenueLost:
        review.impact.revenueLost =
            value.isValid() && !value.isNull() ? std::optional<double>(value.toDouble()) : std::nullopt;
        break;
    case Field::SlaBreached:
        review.impact.slaBreached = value.toBool();
        break;
    case Field::DataLost:
        review.impact.dataLost = value.toBool();
        break;
    case Field::DataCompromised:
        review.impact.dataCompromised = value.toBool();
        break;
    case Field::DetectionMethod:
        review.detection.method = toEnum<DetectionMethod>(value);
        break;
    case Field::DetectionTime:
        review.detection.time = value.toDateTime().toUTC();
        break;
    default:
        break;
    }
}

SectionState sectionState(const Review &review, SectionKey key)
{
    // Each section lists what it holds; "complete" means every part the template asks for is
    // there, "started" that at least one is.
    QList<bool> parts;
    switch (key) {
    case SectionKey::Authors:
        parts = {!review.authors.isEmpty()};
        break;
    case SectionKey::Summary:
        parts = {!blank(review.summary)};
        break;
    case SectionKey::Impact:
        parts = {!blank(review.impact.user), !blank(review.impact.business), !blank(review.impact.team)};
        break;
    case SectionKey::Detection:
        parts = {review.detection.method != DetectionMethod::Unset, review.detection.time.isValid(),
                 !blank(review.detection.markdown)};
        break;
    case SectionKey::Triage:
        parts = {review.severity != 0, !blank(review.triage)};
        break;
    case SectionKey::RootCauses:
        parts = {!blank(review.rootCauses)};
        break;
    case SectionKey::Resolution:
        parts = {!blank(review.resolution)};
        break;
    case SectionKey::Timeline:
        parts = {!review.timeline.isEmpty()};
        break;
    case SectionKey::Lessons:
        for (auto kind : enumValues<LessonKind>()) {
            parts.append(std::any_of(review.lessons.cbegin(), review.lessons.cend(),
                                     [kind](const Lesson &lesson) { return lesson.kind == kind; }));
        }
        break;
    case SectionKey::Actions:
        parts = {!review.actions.isEmpty()};
        break;
    case SectionKey::Share:
        parts = {!blank(review.shareAudience), !blank(review.share)};
        break;
    }
    const auto filled = std::count(parts.cbegin(), parts.cend(), true);
    if (filled == 0) {
        // A chart or screenshot is a start, though not what the template asks for.
        const bool hasFigure = std::any_of(review.figures.cbegin(), review.figures.cend(),
                                           [key](const Figure &figure) { return figure.section == key; });
        return hasFigure ? SectionState::Started : SectionState::Empty;
    }
    return filled == parts.size() ? SectionState::Complete : SectionState::Started;
}

} // namespace hindsight::model
