// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The export dialog's side-by-side preview of the bundled sample: the time to lay out both
// versions of the PDF report (the dialog waits for it), and to paint each page (the dialog
// paints one page per turn of the event loop). Prints its figures; asserts nothing.
#include "benchmarkutil.h"
#include "editor/charts/chartfigurerenderer.h"
#include "export/pdf/reportpreview.h"
#include "import/json/jsonimporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace hindsight;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    QFile file(QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample review");
    const auto result = importing::reviewFromJson(file.readAll());
    if (!result.review)
        qFatal("cannot read the sample review");

    QList<double> layouts;
    QList<double> pages;
    QList<double> totals;
    int pageCount = 0;
    for (int run = 0; run < std::max(1, runs); ++run) {
        exporting::ExportOptions options;
        options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
        QElapsedTimer total;
        total.start();
        const exporting::pdf::ReportPreview internal(*result.review, options);
        options.audience = exporting::ExportOptions::Audience::Customer;
        const exporting::pdf::ReportPreview customer(*result.review, options);
        layouts.append(total.nsecsElapsed() / 1e6);
        pageCount = internal.pageCount() + customer.pageCount();
        for (const auto *preview : {&internal, &customer}) {
            for (int index = 0; index < preview->pageCount(); ++index) {
                QElapsedTimer page;
                page.start();
                preview->render(index, 0.5);
                pages.append(page.nsecsElapsed() / 1e6);
            }
        }
        totals.append(total.nsecsElapsed() / 1e6);
    }
    QTextStream(stdout) << QStringLiteral("sample: %1 pages (internal and customer)").arg(pageCount) << Qt::endl;
    benchmarks::report(QStringLiteral("layout of both versions"), layouts);
    benchmarks::report(QStringLiteral("one page painted at 0.5 px/pt"), pages);
    benchmarks::report(QStringLiteral("layout and every page"), totals);
    return 0;
}
