// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/types.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace hindsight::app {

// Export… : choose the format and the audience, see the version that will be shared, and, for
// the customer version, what it leaves out, before writing anything.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const model::Review &review, QString suggestedBaseName, QWidget *parent = nullptr);

    void setAudience(exporting::ExportOptions::Audience audience);
    exporting::ExportOptions options() const;
    QString formatId() const;
    // What the preview shows, for tests.
    QString previewText() const;
    QStringList omissions() const;

    // Asks where to write and writes; returns the path written, or an empty string.
    QString exportToFile();

private:
    void updatePreview();

    model::Review m_review;
    QString m_baseName;
    QComboBox *m_format;
    QButtonGroup *m_audience;
    QCheckBox *m_emoji;
    QComboBox *m_pageSize;
    QCheckBox *m_hosts;
    QCheckBox *m_ips;
    QCheckBox *m_emails;
    QCheckBox *m_names;
    QPlainTextEdit *m_patterns;
    QLabel *m_patternErrors;
    QListWidget *m_omissions;
    QTextBrowser *m_preview;
};

} // namespace hindsight::app
