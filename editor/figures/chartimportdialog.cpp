// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartimportdialog.h"

#include "editor/charts/chartview.h"
#include "editor/widgets/timezonecombobox.h"
#include "figureinput.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hindsight::editor {

namespace {

// Message colours as the main window's message bar has them; background and text are both
// set, so they read on a dark theme too.
const auto warningStyle = QStringLiteral(
    "QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #e6c56a; border-radius: 3px; padding: 6px; }");
const auto errorStyle = QStringLiteral(
    "QLabel { background: #fde2e0; color: #6b1610; border: 1px solid #e79b94; border-radius: 3px; padding: 6px; }");

} // namespace

ChartImportDialog::ChartImportDialog(const model::Review &review, QWidget *parent)
    : QDialog(parent), m_review(review), m_file(new QLineEdit(this)), m_zone(new TimeZoneComboBox(this)),
      m_title(new QLineEdit(this)), m_summary(new QLabel(this)), m_preview(new MetricChart(this)),
      m_placeholder(new QLabel(this)), m_previewStack(new QStackedWidget(this)), m_warnings(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Chart from metrics file"));
    setObjectName(QStringLiteral("chartImportDialog"));

    m_file->setObjectName(QStringLiteral("file"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    connect(browse, &QPushButton::clicked, this, &ChartImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setToolTip(tr("CSV files often write times without a zone: they are read in this one. Times "
                          "with a zone, Unix times and Prometheus answers are not affected."));
    const QTimeZone reviewZone(review.timeZone.toUtf8());
    m_zone->setZoneId(reviewZone.isValid() ? review.timeZone : QStringLiteral("UTC"));
    connect(m_zone, &TimeZoneComboBox::zoneChosen, this, &ChartImportDialog::reload);

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("Drawn above the chart"));
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        m_preview->setTitle(m_title->text());
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->addRow(tr("&File:"), fileRow);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(browse);
    form->addRow(tr("Times without a &zone:"), m_zone);
    form->addRow(tr("&Title:"), m_title);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setReview(review);
    m_previewStack->addWidget(m_placeholder);
    m_previewStack->addWidget(m_preview);
    m_previewStack->setMinimumSize(640, 320);

    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setStyleSheet(warningStyle);
    m_warnings->hide();
    m_errorLabel->setObjectName(QStringLiteral("error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(errorStyle);
    m_errorLabel->hide();

    okButton()->setText(tr("&Insert chart"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(900, 640);
    updatePreview();
}

QPushButton *ChartImportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ChartImportDialog::zone() const
{
    return m_zone->zoneId();
}

void ChartImportDialog::setZone(const QString &zoneId)
{
    if (zoneId == zone())
        return;
    m_zone->setZoneId(zoneId);
    reload();
}

QStringList ChartImportDialog::warnings() const
{
    return m_data ? m_data->warnings : QStringList();
}

QString ChartImportDialog::titleFromFileName(const QString &path)
{
    auto title = QFileInfo(path).completeBaseName();
    title.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

void ChartImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
    m_file->setCursorPosition(0);
    if (!m_titleEdited)
        m_title->setText(titleFromFileName(path));
    reload();
}

void ChartImportDialog::browse()
{
    const auto start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const auto path =
        QFileDialog::getOpenFileName(this, tr("Chart from metrics file"), start, FigureInput::metricsFilter());
    if (!path.isEmpty())
        setFile(path);
}

void ChartImportDialog::reload()
{
    m_data.reset();
    m_error.clear();
    if (!m_path.isEmpty()) {
        const QTimeZone zone(m_zone->zoneId().toUtf8());
        auto result = importing::importMetricsFile(m_path, zone.isValid() ? zone : QTimeZone::utc());
        m_data = std::move(result.data);
        m_error = m_data ? QString() : result.error;
        if (!m_data && m_error.isEmpty())
            m_error = tr("“%1” holds no metrics.").arg(QFileInfo(m_path).fileName());
    }
    updatePreview();
}

void ChartImportDialog::updatePreview()
{
    okButton()->setEnabled(m_data.has_value());
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    if (!m_data) {
        m_placeholder->setText(m_path.isEmpty()
                                   ? tr("Choose a metrics file: a CSV file as dashboards export it (Grafana's too), "
                                        "or a Prometheus query_range answer saved as JSON.")
                                   : tr("This file gives no chart: the message below says why."));
        m_previewStack->setCurrentWidget(m_placeholder);
        m_summary->clear();
        m_warnings->hide();
        return;
    }

    m_preview->setTitle(m_title->text());
    m_preview->setData(*m_data);
    m_previewStack->setCurrentWidget(m_preview);

    qsizetype points = 0;
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (const auto &series : m_data->series) {
        points += series.points.size();
        if (!series.points.isEmpty()) {
            first = std::min(first, series.points.constFirst().x());
            last = std::max(last, series.points.constLast().x());
        }
    }
    const QLocale locale;
    QString summary = tr("%n series", nullptr, int(m_data->series.size())) + QStringLiteral(" · ") +
                      tr("%1 points").arg(locale.toString(points));
    if (points > 0) {
        const QTimeZone reviewZone(m_review.timeZone.toUtf8());
        const auto zone = reviewZone.isValid() ? reviewZone : QTimeZone::utc();
        const auto format = QStringLiteral("yyyy-MM-dd HH:mm");
        const auto from = QDateTime::fromMSecsSinceEpoch(qint64(first), zone);
        const auto to = QDateTime::fromMSecsSinceEpoch(qint64(last), zone);
        summary += QStringLiteral(" · ") +
                   tr("%1 to %2 (%3)")
                       .arg(locale.toString(from, format), locale.toString(to, format), QString::fromUtf8(zone.id()));
    }
    m_summary->setText(summary);

    if (m_data->warnings.isEmpty()) {
        m_warnings->hide();
    } else {
        QStringList lines;
        for (const auto &warning : m_data->warnings)
            lines.append(QStringLiteral("• ") + warning);
        m_warnings->setText(lines.join(QLatin1Char('\n')));
        m_warnings->show();
    }
}

model::Figure ChartImportDialog::figure() const
{
    model::Figure figure;
    figure.kind = model::FigureKind::Chart;
    figure.title = m_title->text().trimmed();
    figure.source = QFileInfo(m_path).fileName();
    if (m_data)
        figure.series = m_data->series;
    return figure;
}

} // namespace hindsight::editor
