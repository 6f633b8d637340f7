// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "editor/charts/chartfigurerenderer.h"
#include "export/audience.h"
#include "export/formatfactory.h"
#include "export/lastlook.h"
#include "export/markdown/markdowndocumentbuilder.h"
#include "export/markdown/markdownexporter.h"
#include "lastlookdialog.h"
#include "pagecomparison.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace hindsight::app {

using exporting::ExportOptions;
using Audience = ExportOptions::Audience;

ExportDialog::ExportDialog(const model::Review &review, QString suggestedBaseName, QWidget *parent)
    : QDialog(parent), m_review(review), m_baseName(std::move(suggestedBaseName)), m_format(new QComboBox(this)),
      m_audience(new QButtonGroup(this)), m_emoji(new QCheckBox(tr("&Emoji in section headings"), this)),
      m_openThreads(new QCheckBox(tr("Open comment &threads at the end"), this)), m_pageSize(new QComboBox(this)),
      m_hosts(new QCheckBox(tr("&Host names"), this)), m_ips(new QCheckBox(tr("&IP addresses"), this)),
      m_emails(new QCheckBox(tr("E-&mail addresses"), this)), m_names(new QCheckBox(tr("People's &names"), this)),
      m_patterns(new QPlainTextEdit(this)), m_patternErrors(new QLabel(this)), m_omissions(new QListWidget(this)),
      m_preview(new QTextBrowser(this)), m_pages(new PageComparison(this)), m_tabs(new QTabWidget(this)),
      m_splitter(new QSplitter(this)), m_pagesTimer(new QTimer(this))
{
    setWindowTitle(tr("Export review"));
    for (const auto &id : exporting::FormatFactory::exporterIds())
        m_format->addItem(exporting::FormatFactory::exporter(id)->name(), id);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));

    auto *internal = new QRadioButton(tr("&Internal: everything"), this);
    auto *customer = new QRadioButton(tr("&Customer version: public parts only, redacted"), this);
    m_audience->addButton(internal, int(Audience::Internal));
    m_audience->addButton(customer, int(Audience::Customer));
    internal->setChecked(true);

    auto *settingsBox = new QWidget(this);
    auto *form = new QFormLayout(settingsBox);
    form->addRow(tr("&Format:"), m_format);
    auto *audienceBox = new QVBoxLayout;
    audienceBox->addWidget(internal);
    audienceBox->addWidget(customer);
    form->addRow(tr("Audience:"), audienceBox);
    form->addRow(QString(), m_emoji);
    m_openThreads->setObjectName(QStringLiteral("openThreads"));
    m_openThreads->setToolTip(tr("An appendix of the threads still open, for the internal Markdown and PDF; "
                                 "never in the customer version"));
    form->addRow(QString(), m_openThreads);
    form->addRow(tr("&Paper:"), m_pageSize);

    auto *redaction = new QGroupBox(tr("Redact in the customer version"), this);
    auto *redactionLayout = new QVBoxLayout(redaction);
    for (auto *box : {m_hosts, m_ips, m_emails, m_names}) {
        box->setChecked(true);
        redactionLayout->addWidget(box);
    }
    auto *patternsLabel = new QLabel(tr("Also redact these &patterns (regular expressions, one a line):"), this);
    patternsLabel->setWordWrap(true);
    patternsLabel->setBuddy(m_patterns);
    m_patterns->setTabChangesFocus(true);
    m_patterns->setMaximumHeight(m_patterns->fontMetrics().lineSpacing() * 4 + 12);
    m_patternErrors->setWordWrap(true);
    m_patternErrors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_patternErrors->hide();
    redactionLayout->addWidget(patternsLabel);
    redactionLayout->addWidget(m_patterns);
    redactionLayout->addWidget(m_patternErrors);

    auto *omissionsLabel = new QLabel(tr("The customer version leaves out:"), this);
    omissionsLabel->setBuddy(m_omissions);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settingsBox);
    leftLayout->addWidget(redaction);
    leftLayout->addWidget(omissionsLabel);
    leftLayout->addWidget(m_omissions, 1);

    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview"));
    m_tabs->addTab(m_pages, tr("Pa&ges: internal and customer side by side"));
    m_tabs->addTab(m_preview, tr("&Text"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 860});
    m_pagesTimer->setSingleShot(true);
    m_pagesTimer->setInterval(250);
    connect(m_pagesTimer, &QTimer::timeout, this, &ExportDialog::updatePages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!exportToFile().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);

    // The last choices come back: teams export the same way every time.
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(QStringLiteral("format"), QStringLiteral("pdf")))));
    m_emoji->setChecked(settings.value(QStringLiteral("emoji"), true).toBool());
    m_openThreads->setChecked(settings.value(QStringLiteral("openThreads"), false).toBool());
    m_pageSize->setCurrentIndex(
        std::max(0, m_pageSize->findData(settings.value(QStringLiteral("pageSize"), int(QPageSize::A4)))));
    m_patterns->setPlainText(settings.value(QStringLiteral("patterns")).toStringList().join(QLatin1Char('\n')));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("previewTab"), 0).toInt());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const auto geometry = settings.value(QStringLiteral("dialogGeometry")).toByteArray();
    settings.endGroup();

    for (auto *box : {m_emoji, m_openThreads, m_hosts, m_ips, m_emails, m_names})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_audience, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_patterns, &QPlainTextEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, m_pagesTimer, qOverload<>(&QTimer::start));
    updatePreview();
    resize(1240, 760);
    restoreGeometry(geometry);
}

void ExportDialog::done(int result)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("dialogGeometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("previewTab"), m_tabs->currentIndex());
    settings.endGroup();
    QDialog::done(result);
}

void ExportDialog::updatePages()
{
    if (formatId() != QLatin1String("pdf"))
        return;
    const auto chosen = options();
    const auto laidOut = std::make_tuple(chosen.emoji, int(chosen.pageSize), chosen.redaction, chosen.openThreads);
    if (m_pagesLaidOut == laidOut)
        return;
    m_pagesLaidOut = laidOut;
    m_pages->setReview(m_review, chosen);
}

void ExportDialog::setAudience(Audience audience)
{
    m_audience->button(int(audience))->setChecked(true);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.audience = Audience(m_audience->checkedId());
    options.emoji = m_emoji->isChecked();
    options.openThreads = m_openThreads->isChecked() && m_openThreads->isEnabled();
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.figureRenderer = std::make_shared<editor::ChartFigureRenderer>();
    options.redaction.hostNames = m_hosts->isChecked();
    options.redaction.ipAddresses = m_ips->isChecked();
    options.redaction.emailAddresses = m_emails->isChecked();
    options.redaction.peopleNames = m_names->isChecked();
    for (const auto &line : m_patterns->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            options.redaction.patterns.append(line.trimmed());
    }
    return options;
}

QString ExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QStringList ExportDialog::omissions() const
{
    QStringList items;
    for (int i = 0; i < m_omissions->count(); ++i)
        items.append(m_omissions->item(i)->text());
    return items;
}

void ExportDialog::updatePreview()
{
    const auto chosen = options();
    const bool customer = chosen.audience == Audience::Customer;
    for (auto *box : {m_hosts, m_ips, m_emails, m_names})
        box->setEnabled(customer);
    m_patterns->setEnabled(customer);
    m_pageSize->setEnabled(formatId() == QLatin1String("pdf"));
    m_emoji->setEnabled(formatId() != QLatin1String("json"));
    m_openThreads->setEnabled(!customer && (formatId() == QLatin1String("md") || formatId() == QLatin1String("pdf")));
    // Pages are the PDF report's; the other formats have the text only.
    const bool paged = formatId() == QLatin1String("pdf");
    m_tabs->setTabEnabled(m_tabs->indexOf(m_pages), paged);
    if (paged)
        m_pagesTimer->start();
    else
        m_tabs->setCurrentWidget(m_preview);

    const auto errors = chosen.redaction.validate();
    m_patternErrors->setText(errors.join(QLatin1Char('\n')));
    m_patternErrors->setVisible(customer && !errors.isEmpty());

    m_omissions->clear();
    ExportOptions asCustomer = chosen;
    asCustomer.audience = Audience::Customer;
    const auto left = exporting::customerOmissions(m_review, asCustomer);
    if (left.isEmpty())
        m_omissions->addItem(tr("Nothing: every part of this review is public."));
    else
        m_omissions->addItems(left);

    // The preview is the shared content itself, rendered from its Markdown, whatever the format;
    // the YAML front matter is for machines and would show as a paragraph of keys.
    const QString figures = QStringLiteral("figures");
    const auto document = exporting::reviewToMarkdownDocument(m_review, chosen, figures);
    auto markdown = QString::fromUtf8(document.markdown);
    if (markdown.startsWith(QLatin1String("---\n"))) {
        const auto end = markdown.indexOf(QLatin1String("\n---\n"), 4);
        if (end > 0)
            markdown.remove(0, end + 5);
    }
    // The figures the version shares, from memory, so that the user sees which ones go out:
    // resources of the document, added before the text that shows them.
    QTextDocument *preview = m_preview->document();
    preview->clear();
    constexpr int PreviewWidth = 560;
    for (const auto &asset : document.assets) {
        QImage image = asset.figure.kind == model::FigureKind::Chart
                           ? exporting::markdownChartImage(*chosen.figureRenderer, asset.figure, document.review)
                           : QImage::fromData(asset.figure.image);
        if (image.isNull())
            continue;
        if (image.width() / image.devicePixelRatio() > PreviewWidth) {
            const qreal ratio = image.devicePixelRatio();
            image = image.scaledToWidth(qRound(PreviewWidth * ratio), Qt::SmoothTransformation);
            image.setDevicePixelRatio(ratio);
        }
        preview->addResource(QTextDocument::ImageResource, QUrl(figures + u'/' + asset.fileName), image);
    }
    const exporting::MarkdownDocumentBuilder builder(
        exporting::MarkdownDocumentStyle::screen(m_preview->font(), m_preview->palette()));
    builder.build(markdown, preview);
    // From the top, as a new text is read.
    m_preview->moveCursor(QTextCursor::Start);
}

QString ExportDialog::exportToFile()
{
    const auto chosen = options();
    if (chosen.audience == Audience::Customer && !chosen.redaction.validate().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Some redaction patterns cannot be used, so the customer version was not written: "
                                "%1")
                                 .arg(chosen.redaction.validate().join(QLatin1Char(' '))));
        return {};
    }
    if (chosen.audience == Audience::Customer && !lastLook(chosen))
        return {};
    auto exporter = exporting::FormatFactory::exporter(formatId());
    const auto suffix = exporter->suffixes().value(0);
    QSettings settings;
    const auto folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const auto audienceSuffix = chosen.audience == Audience::Customer ? tr("-customer") : QString();
    const auto suggested = QDir(folder).filePath(m_baseName + audienceSuffix + QLatin1Char('.') + suffix);
    auto path = QFileDialog::getSaveFileName(
        this, tr("Export review"), suggested,
        tr("%1 (*.%2)").arg(exporter->name(), exporter->suffixes().join(QStringLiteral(" *."))));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto error = exporter->write(m_review, path, chosen);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return {};
    }
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("format"), formatId());
    settings.setValue(QStringLiteral("emoji"), chosen.emoji);
    settings.setValue(QStringLiteral("openThreads"), m_openThreads->isChecked());
    settings.setValue(QStringLiteral("pageSize"), int(chosen.pageSize));
    settings.setValue(QStringLiteral("patterns"), chosen.redaction.patterns);
    settings.endGroup();
    return path;
}

bool ExportDialog::lastLook(const ExportOptions &options)
{
    const auto findings = exporting::LastLook::scan(m_review, options.redaction);
    if (findings.isEmpty())
        return true;
    LastLookDialog dialog(findings, this);
    const int answer = dialog.exec();
    if (answer == LastLookDialog::JumpTo) {
        const auto place = dialog.chosenPlace();
        reject();
        Q_EMIT jumpRequested(place);
        return false;
    }
    return answer == LastLookDialog::ExportAnyway;
}

} // namespace hindsight::app
