// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/metrics/metricseries.h"
#include "model/types.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace hindsight::editor {

class MetricChart;
class TimeZoneComboBox;

// Makes a chart figure from a metrics file: a CSV file as dashboards export it (Grafana's
// too) or a Prometheus query_range answer. The preview is the chart as the review will show
// it, with the review's milestones; what the reader left out is listed, and a file it cannot
// read says why, with OK disabled. The zone applies to CSV times written without one.
class ChartImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartImportDialog)

public:
    explicit ChartImportDialog(const model::Review &review, QWidget *parent = nullptr);

    // Reads path at once; the title follows the file name until the user types one.
    void setFile(const QString &path);
    QString file() const { return m_path; }
    void setZone(const QString &zoneId);
    QString zone() const;

    const std::optional<importing::MetricData> &data() const { return m_data; }
    QString error() const { return m_error; }
    QStringList warnings() const;
    // The chart to insert (full resolution: the chart thins its points for drawing). Its
    // section is left for the caller to set.
    model::Figure figure() const;

    QPushButton *okButton() const;
    MetricChart *preview() const { return m_preview; }

    // "checkout-error-rate.csv" → "Checkout error rate".
    static QString titleFromFileName(const QString &path);

private:
    void browse();
    void reload();
    void updatePreview();

    model::Review m_review;
    QString m_path;
    std::optional<importing::MetricData> m_data;
    QString m_error;
    bool m_titleEdited = false;

    QLineEdit *m_file;
    TimeZoneComboBox *m_zone;
    QLineEdit *m_title;
    QLabel *m_summary;
    MetricChart *m_preview;
    QLabel *m_placeholder;
    QStackedWidget *m_previewStack;
    QLabel *m_warnings;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace hindsight::editor
