// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace hindsight::benchmarks {

// Prints "label: median X ms, p99 Y ms, min, max (n runs)" for samples in milliseconds.
inline void report(const QString &label, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto percentile = [&](double p) {
        const auto index = std::clamp(qsizetype(std::ceil(p * samples.size())) - 1, qsizetype(0), samples.size() - 1);
        return samples.at(index);
    };
    QTextStream(stdout) << label
                        << QStringLiteral(": median %1 ms, p99 %2 ms, min %3 ms, max %4 ms (%5 runs)")
                               .arg(percentile(0.5), 0, 'f', 2)
                               .arg(percentile(0.99), 0, 'f', 2)
                               .arg(samples.first(), 0, 'f', 2)
                               .arg(samples.last(), 0, 'f', 2)
                               .arg(samples.size())
                        << Qt::endl;
}

// Notices the first paint of a widget it filters.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace hindsight::benchmarks
