// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/json/jsonimporter.h"
#include "model/types.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTimeZone>

namespace hindsight::tests {

// A small PNG, as a pasted screenshot would be.
inline QByteArray screenshotPng(int width = 64, int height = 40, QColor colour = QColor(0x33, 0x66, 0x99))
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(4, 4, width / 2, height / 2, colour);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A review with every field of every section set to something other than its default, for
// round trips that must lose nothing.
inline model::Review fullReview()
{
    using namespace model;
    Review review;
    review.title = QStringLiteral("Checkout API returning 502 | after pool change");
    review.severity = 2;
    review.status = Status::InReview;
    review.timeZone = QStringLiteral("Europe/Berlin");
    review.summary = QStringLiteral("A **config** change lowered the pool.\n\n- one\n- two");
    review.impact.user = QStringLiteral("Users could not pay. Ünïcödé ✓");
    review.impact.business = QStringLiteral("Revenue lost: about 12,000 EUR.");
    review.impact.team = QStringLiteral("Two engineers paged at night.");
    review.impact.usersAffected = 48211;
    review.impact.revenueLost = 12000.5;
    review.impact.currency = QStringLiteral("EUR");
    review.impact.slaBreached = true;
    review.impact.dataLost = true;
    review.impact.dataCompromised = true;
    review.detection.method = DetectionMethod::CustomerReport;
    review.detection.time = QDateTime(QDate(2023, 3, 14), QTime(13, 41, 7, 250), QTimeZone::utc());
    review.detection.markdown = QStringLiteral("The error-rate alert fired.");
    review.triage = QStringLiteral("Declared SEV2 at 14:03.");
    review.rootCauses = QStringLiteral("```yaml\npool: 20\n```");
    review.resolution = QStringLiteral("Reverted the change.");
    review.shareAudience = QStringLiteral("Engineering, two enterprise customers");
    review.share = QStringLiteral("Shared on 2023-03-17.");
    for (auto &visibility : review.visibility)
        visibility = visibility == Visibility::Public ? Visibility::Internal : Visibility::Public;

    review.authors = {
        {0, QStringLiteral("Katrin Meier"), QStringLiteral("Incident leader"), QStringLiteral("km@example.com")},
        {0, QStringLiteral("Jonas Vogel"), QStringLiteral("On call"), QStringLiteral("@jonas")}};
    TimelineEvent started;
    started.time = QDateTime(QDate(2023, 3, 14), QTime(13, 5, 0, 123), QTimeZone::utc());
    started.precision = TimePrecision::Millisecond;
    started.kind = EventKind::Action;
    started.text = QStringLiteral("Change | rolled out\nsecond line");
    started.author = QStringLiteral("deploy-bot");
    started.visibility = Visibility::Internal;
    started.milestone = Milestone::Started;
    started.source = EventSource::Imported;
    TimelineEvent dayOnly;
    dayOnly.time = QDateTime(QDate(2023, 3, 15), QTime(0, 0), QTimeZone::utc());
    dayOnly.precision = TimePrecision::Day;
    dayOnly.kind = EventKind::Communication;
    dayOnly.text = QStringLiteral("Customers told");
    dayOnly.milestone = Milestone::Resolved;
    dayOnly.source = EventSource::LiveNote;
    review.timeline = {started, dayOnly};
    review.lessons = {{0, LessonKind::WentWell, QStringLiteral("Rollback took one click")},
                      {0, LessonKind::WentWrong, QStringLiteral("Nobody linked the change")},
                      {0, LessonKind::GotLucky, QStringLiteral("It was not Black Friday")}};
    ActionItem action;
    action.title = QStringLiteral("Alert on pool saturation");
    action.type = ActionType::Preventive;
    action.owner = QStringLiteral("Olivia");
    action.ticket = QStringLiteral("https://tracker.example.com/CHK-1236");
    action.priority = 1;
    action.due = QDate(2023, 4, 1);
    action.status = ActionStatus::InProgress;
    action.visibility = Visibility::Internal;
    review.actions = {action};
    review.additional = {{0, QStringLiteral("Glossary"), QStringLiteral("*Pool*: connections"), Visibility::Public}};

    Figure image;
    image.section = SectionKey::RootCauses;
    image.kind = FigureKind::Image;
    image.caption = QStringLiteral("Pool saturation on the database dashboard");
    image.visibility = Visibility::Public;
    image.source = QStringLiteral("dashboard.png");
    image.image = screenshotPng();
    Figure chart;
    chart.section = SectionKey::Resolution;
    chart.kind = FigureKind::Chart;
    chart.title = QStringLiteral("Checkout errors");
    chart.caption = QStringLiteral("Errors fell once the change was reverted");
    chart.visibility = Visibility::Internal;
    chart.source = QStringLiteral("errors.csv");
    const qint64 t0 = QDateTime(QDate(2023, 3, 14), QTime(13, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    MetricSeries errors{QStringLiteral("5xx rate"), QStringLiteral("%"), {}};
    MetricSeries latency{QStringLiteral("p99 latency"), QStringLiteral("ms"), {}};
    for (int i = 0; i < 30; ++i) {
        errors.points.append(QPointF(double(t0 + i * 60'000), i > 5 && i < 20 ? 12.5 + i * 0.25 : 0.1));
        latency.points.append(QPointF(double(t0 + i * 60'000), 180.0 + (i % 7) * 13.75));
    }
    chart.series = {errors, latency};
    review.figures = {image, chart};
    return review;
}

// The sample review that the app offers (resources/samples/checkout-outage.json): every section
// filled, public and internal parts, images and a chart. Needs hindsight_import; stops the test
// when the file cannot be read.
inline model::Review sampleReview()
{
    QFile file(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample review");
    const auto result = importing::reviewFromJson(file.readAll());
    if (!result.review)
        qFatal("cannot read the sample review: %s", qPrintable(result.error));
    return *result.review;
}

} // namespace hindsight::tests
