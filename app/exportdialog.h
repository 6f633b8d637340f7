// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "export/lastlook.h"
#include "model/types.h"

#include <QDialog>

#include <optional>
#include <tuple>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace hindsight::app {

class PageComparison;

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
    // The PDF report's versions side by side (shown for the PDF format), and the text preview.
    PageComparison *pageComparison() const { return m_pages; }
    QTabWidget *previewTabs() const { return m_tabs; }

    // Asks where to write and writes; returns the path written, or an empty string. A customer
    // version is first given a last look (LastLook): when it finds anything, the user sees the
    // list and exports anyway, cancels, or jumps to a finding, which closes this dialog.
    QString exportToFile();

Q_SIGNALS:
    // The user chose a finding of the last look to change; the dialog is closed.
    void jumpRequested(const exporting::ReviewPlace &place);

private:
    // Shows the last look's findings, if any; whether to go on writing.
    bool lastLook(const exporting::ExportOptions &options);

    void updatePreview();
    void updatePages();
    void done(int result) override;

    model::Review m_review;
    QString m_baseName;
    QComboBox *m_format;
    QButtonGroup *m_audience;
    QCheckBox *m_emoji;
    QCheckBox *m_openThreads;
    QComboBox *m_pageSize;
    QCheckBox *m_hosts;
    QCheckBox *m_ips;
    QCheckBox *m_emails;
    QCheckBox *m_names;
    QPlainTextEdit *m_patterns;
    QLabel *m_patternErrors;
    QListWidget *m_omissions;
    QTextBrowser *m_preview;
    PageComparison *m_pages;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    // Lays the pages out once the user stops typing a pattern or toggling options.
    QTimer *m_pagesTimer;
    // What the pages were laid out with; the audience does not count, both are shown.
    std::optional<std::tuple<bool, int, exporting::RedactionRules, bool>> m_pagesLaidOut;
};

} // namespace hindsight::app
