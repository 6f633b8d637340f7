// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectionreader.h"

#include "import/markdown/readercontext.h"
#include "import/markdown/readervalues.h"
#include "import/markdown/textsectionreader.h"
#include "model/names.h"

namespace hindsight::importing::mdimport {

using namespace model;

namespace {

std::optional<DetectionMethod> detectionMethodFrom(QStringView text)
{
    const QString value = normalizedHeading(text);
    for (const auto method : enumValues<DetectionMethod>()) {
        if (method != DetectionMethod::Unset &&
            (value == normalizedHeading(enumKey(method)) || value == normalizedHeading(enumLabel(method))))
            return method;
    }
    if (isOneOf(value, {"alerting", "automated alert", "monitoring alert", "page", "pager", "paging"}))
        return DetectionMethod::Alert;
    if (isOneOf(value, {"monitoring", "dashboard", "graph", "metrics"}))
        return DetectionMethod::Dashboard;
    if (isOneOf(value, {"customer", "customers", "customer ticket", "support ticket", "support"}))
        return DetectionMethod::CustomerReport;
    if (isOneOf(value, {"employee", "internal report", "staff", "colleague"}))
        return DetectionMethod::EmployeeReport;
    if (isOneOf(value, {"test", "tests", "synthetic check", "synthetic test", "synthetic monitoring", "probe", "ci"}))
        return DetectionMethod::AutomatedTest;
    return std::nullopt;
}

} // namespace

void DetectionReader::read()
{
    auto &detection = m_context.review.detection;
    const auto apply = [&](const KeyValue &pair, int line) {
        if (isOneOf(pair.key, {"method", "detection method", "detected by", "detected via", "source"})) {
            const auto method = detectionMethodFrom(pair.value);
            if (method)
                detection.method = *method;
            return method.has_value();
        }
        if (isOneOf(pair.key, {"time", "detected at", "detection time", "time of detection", "detected", "when"})) {
            const Moment moment = readMoment(pair.value);
            if (moment.result == Moment::Result::BadDate || moment.result == Moment::Result::BadTime) {
                m_context.fail(line, moment.result == Moment::Result::BadDate
                                         ? tr("\"%1\" is not a date.").arg(moment.fault)
                                         : tr("\"%1\" is not a time of day.").arg(moment.fault));
                return false;
            }
            const QDate date = moment.date.isValid() ? moment.date : m_context.documentDate;
            if (moment.result != Moment::Result::Ok || !date.isValid() || !moment.hasTime || moment.unknownTime)
                return false;
            const Zone zone =
                moment.zone.value_or(m_context.documentZone.value_or(Zone{QStringLiteral("UTC"), 0, {}, {}}));
            detection.time = toUtc(date, moment.time, zone);
            return moment.length == pair.value.size();
        }
        return false;
    };
    for (const auto &part : std::as_const(m_context.parts[int(SectionKey::Detection)])) {
        for (int b = part.first; b < part.last; ++b) {
            for (const auto &line : m_context.source().keyLines(m_context.block(b))) {
                const auto pair = keyValue(line.plain, line.written);
                if (pair && apply(*pair, line.number))
                    m_context.consume(line.number);
            }
        }
    }
    TextSectionReader(m_context).read(SectionKey::Detection, detection.markdown);
}

} // namespace hindsight::importing::mdimport
