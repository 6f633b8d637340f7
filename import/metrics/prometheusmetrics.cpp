// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/metrics/metricfields.h"
#include "import/metrics/metricseries.h"
#include "import/textfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace hindsight::importing {

using namespace metrics;

namespace {

constexpr int ExampleSamples = 3;

QString notAnAnswer(const QString &why)
{
    return MetricReader::tr("Not a Prometheus query_range answer: %1.").arg(why);
}

QString jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return MetricReader::tr("null");
    case QJsonValue::Bool:
        return MetricReader::tr("a boolean");
    case QJsonValue::Double:
        return MetricReader::tr("a number");
    case QJsonValue::String:
        return MetricReader::tr("a string");
    case QJsonValue::Array:
        return MetricReader::tr("an array");
    case QJsonValue::Object:
        return MetricReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return MetricReader::tr("nothing");
}

QString labelValue(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

// Prometheus's own notation: http_requests_total{code="500", service="checkout-api"}, labels
// in name order (QJsonObject keeps its keys sorted).
QString seriesName(const QJsonObject &metric)
{
    QStringList labels;
    for (auto it = metric.constBegin(); it != metric.constEnd(); ++it) {
        if (it.key() != u"__name__")
            labels.append(it.key() + QLatin1Char('=') + labelValue(it.value().toString()));
    }
    const QString name = metric.value(u"__name__").toString();
    if (labels.isEmpty())
        return name;
    return name + QLatin1Char('{') + labels.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

MetricImport parsePrometheusJson(const QByteArray &data)
{
    if (const QString problem = TextFile::problem(data); !problem.isEmpty())
        return {std::nullopt, problem};
    const QByteArray text = TextFile::withoutByteOrderMark(data);
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto at = TextFile::position(text, parseError.offset);
        return {std::nullopt, MetricReader::tr("Line %1, column %2: not valid JSON: %3.")
                                  .arg(QString::number(at.line), QString::number(at.column), parseError.errorString())};
    }
    if (!document.isObject())
        return {std::nullopt, notAnAnswer(MetricReader::tr("the top level is an array, not an object"))};
    const QJsonObject root = document.object();
    if (root.value(u"status").toString() == u"error") {
        return {std::nullopt, MetricReader::tr("Prometheus answered with an error (%1): %2.")
                                  .arg(root.value(u"errorType").toString(), root.value(u"error").toString())};
    }
    // The whole answer, or only its "data" object as some tools save it.
    const QJsonObject answer =
        root.contains(u"data") || !root.contains(u"result") ? root.value(u"data").toObject() : root;
    if (!answer.contains(u"result"))
        return {std::nullopt, notAnAnswer(MetricReader::tr("no “data.result”"))};
    const QString resultType = answer.value(u"resultType").toString();
    if (resultType == u"vector" || resultType == u"scalar" || resultType == u"string") {
        return {std::nullopt,
                MetricReader::tr("This is the answer to an instant query (resultType “%1”): values at one "
                                 "instant, not a range of samples; a chart needs a range query "
                                 "(/api/v1/query_range), whose answer is a “matrix”.")
                    .arg(resultType)};
    }
    if (resultType != u"matrix") {
        return {std::nullopt, notAnAnswer(MetricReader::tr("data.resultType is %1, not “matrix”")
                                              .arg(answer.contains(u"resultType") ? quoted(resultType)
                                                                                  : MetricReader::tr("missing")))};
    }
    const QJsonValue result = answer.value(u"result");
    if (!result.isArray()) {
        return {std::nullopt,
                notAnAnswer(MetricReader::tr("data.result is %1, not an array of series").arg(jsonType(result)))};
    }
    const QJsonArray series = result.toArray();
    if (series.isEmpty()) {
        return {std::nullopt, MetricReader::tr("The answer holds no series: data.result is empty (the query matched "
                                               "nothing in its time range).")};
    }

    MetricData metrics;
    QString firstNotANumber;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString path = QStringLiteral("data.result[%1]").arg(i);
        const QJsonObject entry = series.at(i).toObject();
        const QJsonValue values = entry.value(u"values");
        if (!values.isArray()) {
            return {std::nullopt, MetricReader::tr("%1: no “values” array (found %2).").arg(path, jsonType(values))};
        }
        const QJsonObject labels = entry.value(u"metric").toObject();
        MetricSeries out;
        out.name = seriesName(labels);
        if (out.name.isEmpty())
            out.name = MetricReader::tr("Series %1").arg(i + 1);
        out.unit = splitUnit(labels.value(u"__name__").toString()).unit;
        const QJsonArray samples = values.toArray();
        out.points.reserve(samples.size());
        qsizetype nonFinite = 0;
        qsizetype notNumbers = 0;
        QStringList examples;
        for (qsizetype j = 0; j < samples.size(); ++j) {
            const QJsonArray sample = samples.at(j).toArray();
            const QJsonValue time = sample.at(0);
            const QJsonValue value = sample.at(1);
            if (sample.size() != 2 || !time.isDouble() || !(value.isString() || value.isDouble())) {
                return {std::nullopt, MetricReader::tr("%1.values[%2]: expected [time, \"value\"], as Prometheus "
                                                       "writes a sample.")
                                          .arg(path, QString::number(j))};
            }
            std::optional<double> number =
                value.isDouble() ? std::optional<double>(value.toDouble()) : parseNumber(value.toString().toUtf8());
            if (!number) {
                ++notNumbers;
                if (examples.size() < ExampleSamples)
                    examples.append(QStringLiteral("values[%1]: %2").arg(QString::number(j), quoted(value.toString())));
                continue;
            }
            if (!std::isfinite(*number)) {
                ++nonFinite;
                continue;
            }
            out.points.append(QPointF(double(std::llround(time.toDouble() * 1000)), *number));
        }
        if (nonFinite > 0) {
            metrics.warnings.append(
                nonFinite == 1 ? MetricReader::tr("%1: left out 1 sample that is NaN or ±Inf (Prometheus writes them "
                                                  "for gaps and divisions by zero).")
                                     .arg(out.name)
                               : MetricReader::tr("%1: left out %2 samples that are NaN or ±Inf (Prometheus writes "
                                                  "them for gaps and divisions by zero).")
                                     .arg(out.name, QString::number(nonFinite)));
        }
        if (notNumbers > 0) {
            if (firstNotANumber.isEmpty())
                firstNotANumber = path + QLatin1Char('.') + examples.first();
            const QString list = examples.join(QStringLiteral("; ")) +
                                 (notNumbers > examples.size() ? QStringLiteral("; …") : QString());
            metrics.warnings.append(
                notNumbers == 1
                    ? MetricReader::tr("%1: left out 1 sample that is not a number (%2).").arg(out.name, list)
                    : MetricReader::tr("%1: left out %2 samples that are not numbers (%3).")
                          .arg(out.name, QString::number(notNumbers), list));
        }
        if (out.points.isEmpty()) {
            metrics.warnings.append(MetricReader::tr("%1 has no samples to draw; it was left out.").arg(out.name));
            continue;
        }
        sortByTime(out.points);
        metrics.series.append(std::move(out));
    }
    if (metrics.series.isEmpty()) {
        return {std::nullopt, firstNotANumber.isEmpty()
                                  ? MetricReader::tr("No series has a sample that is a number.")
                                  : MetricReader::tr("No series has a sample that is a number: %1 is not a number.")
                                        .arg(firstNotANumber)};
    }
    return {std::move(metrics), {}};
}

} // namespace hindsight::importing
