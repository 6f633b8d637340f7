// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/documentsession.h"
#include "app/exportdialog.h"
#include "app/lastlookdialog.h"
#include "app/mainwindow.h"
#include "app/pagecomparison.h"
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/rowtable.h"
#include "export/pdf/pdfexporter.h"
#include "export/pdf/reportmarks.h"
#include "export/pdf/reportpreview.h"
#include "import/json/jsonimporter.h"
#include "model/reviewdocument.h"
#include "model/reviewmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace hindsight;
using namespace hindsight::model;
using Audience = exporting::ExportOptions::Audience;

namespace {

const QString Sample = QStringLiteral(HINDSIGHT_SOURCE_DIR "/resources/samples/checkout-outage.json");
// Laying out and painting twenty pages in a debug build; generous, never a measure of speed.
constexpr int PaintTimeout = 120000;

Review sample()
{
    QFile file(Sample);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the sample review");
    const auto result = importing::reviewFromJson(file.readAll());
    if (!result.review)
        qFatal("cannot read the sample review");
    return *result.review;
}

// The sample with every section, event, action, figure and note public.
Review allPublic()
{
    Review review = sample();
    review.visibility.fill(Visibility::Public);
    for (auto &event : review.timeline)
        event.visibility = Visibility::Public;
    for (auto &action : review.actions)
        action.visibility = Visibility::Public;
    for (auto &figure : review.figures)
        figure.visibility = Visibility::Public;
    for (auto &note : review.additional)
        note.visibility = Visibility::Public;
    return review;
}

// Runs handle on the next modal dialog once it shows (polling, since exec() blocks the caller).
// The polling stops when context goes: declare it after what handle refers to, so that a poll
// left over from a failed or finished test never writes into a later test's stack.
void onNextModal(QObject *context, std::function<void(QWidget *)> handle, int attempts = 500)
{
    QTimer::singleShot(20, context, [context, handle = std::move(handle), attempts] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (attempts > 0)
                onNextModal(context, handle, attempts - 1);
            return;
        }
        handle(modal);
    });
}

int pdfPages(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    if (!pdfinfo.waitForFinished(60000) || pdfinfo.exitCode() != 0)
        return -1;
    for (const auto &line : QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (auto *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAreThePdfWritersPages();
    void leftOutPartsAreMarked_data();
    void leftOutPartsAreMarked();
    void pageKeysAndZoom();
    void otherFormatsShowTheText();
    void nothingFoundGoesStraightToTheFile();
    void lastLookCancelWritesNothing();
    void lastLookBeforeCustomerExportJumpsToAFinding();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QApplication::setApplicationName(QStringLiteral("Hindsight tests"));
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
    QSettings().setValue(QStringLiteral("export/folder"), m_dir->path());
}

void TestExportDialog::cleanup()
{
    QList<QPointer<app::MainWindow>> windows;
    for (auto *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<app::MainWindow *>(widget))
            windows.append(window);
    }
    for (const auto &window : std::as_const(windows)) {
        // The imported sample is untitled: leave nothing behind.
        window->session()->discard();
        delete window;
    }
    QDir(app::DocumentSession::untitledFolder()).removeRecursively();
}

// The same pages as the files the PDF writer makes, for both versions.
void TestExportDialog::pagesAreThePdfWritersPages()
{
    const Review review = sample();
    app::ExportDialog dialog(review, QStringLiteral("sample"));
    auto *pages = dialog.pageComparison();
    QCOMPARE(dialog.previewTabs()->currentWidget(), pages);
    QTRY_VERIFY_WITH_TIMEOUT(pages->isComplete(), PaintTimeout);

    const exporting::PdfExporter writer;
    auto options = dialog.options();
    options.audience = Audience::Internal;
    const QString internalPath = m_dir->filePath(QStringLiteral("internal.pdf"));
    QCOMPARE(writer.write(review, internalPath, options), QString());
    options.audience = Audience::Customer;
    const QString customerPath = m_dir->filePath(QStringLiteral("customer.pdf"));
    QCOMPARE(writer.write(review, customerPath, options), QString());

    QVERIFY(pages->internalPageCount() > 1);
    QCOMPARE(pages->internalPageCount(), pdfPages(internalPath));
    QCOMPARE(pages->customerPageCount(), pdfPages(customerPath));
    QVERIFY(pages->customerPageCount() < pages->internalPageCount());
    for (int page = 0; page < pages->internalPageCount(); ++page)
        QVERIFY(!pages->pageImage(false, page).isNull());
    for (int page = 0; page < pages->customerPageCount(); ++page)
        QVERIFY(!pages->pageImage(true, page).isNull());
}

void TestExportDialog::leftOutPartsAreMarked_data()
{
    QTest::addColumn<Review>("review");
    // Parts that must be left out and marked on the internal pages; none: nothing is marked.
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("minimumBands");
    Review sampleReview = sample();
    const auto internalEvent = std::find_if(sampleReview.timeline.cbegin(), sampleReview.timeline.cend(),
                                            [](const auto &event) { return event.visibility == Visibility::Internal; });
    QVERIFY(internalEvent != sampleReview.timeline.cend());
    // Rows are named by their place in the review, which has no ids before it is stored.
    const QString event = exporting::pdf::marks::event(internalEvent - sampleReview.timeline.cbegin() + 1);
    QTest::newRow("sample: internal sections, events, actions and a figure are marked")
        << sampleReview
        << QStringList{exporting::pdf::marks::section(SectionKey::Triage), event,
                       exporting::pdf::marks::impactPart(ImpactPart::Business),
                       exporting::pdf::marks::impactPart(ImpactPart::RevenueLost)}
        << 5;
    Review business = allPublic();
    business.impact.visibility.fill(Visibility::Public);
    business.impact.visibility[int(ImpactPart::Business)] = Visibility::Internal;
    QTest::newRow("public Impact section: its internal business impact is marked")
        << business << QStringList{exporting::pdf::marks::impactPart(ImpactPart::Business)} << 1;
    Review everything = allPublic();
    everything.impact.visibility.fill(Visibility::Public);
    QTest::newRow("everything public: nothing is marked") << everything << QStringList() << 0;
}

void TestExportDialog::leftOutPartsAreMarked()
{
    QFETCH(Review, review);
    QFETCH(QStringList, keys);
    QFETCH(int, minimumBands);
    app::ExportDialog dialog(review, QStringLiteral("sample"));
    auto *pages = dialog.pageComparison();
    QTRY_VERIFY_WITH_TIMEOUT(pages->isComplete(), PaintTimeout);

    const auto parts = exporting::pdf::customerLeftOutParts(review, dialog.options().redaction);
    QCOMPARE(parts.isEmpty(), keys.isEmpty());
    for (const auto &key : keys)
        QVERIFY2(parts.contains(key), qPrintable(key + QStringLiteral(" not in ") + parts.join(QLatin1Char(' '))));
    int bands = 0;
    for (int page = 0; page < pages->internalPageCount(); ++page) {
        const QImage image = pages->pageImage(false, page);
        for (const auto &band : pages->leftOutBands(page)) {
            ++bands;
            // The bar in the margin, in the mark's amber.
            const qreal scale = pages->zoom() * image.devicePixelRatio();
            const QColor colour = image.pixelColor(QPoint(1, qRound(band.center().y() * scale)));
            QVERIFY2(colour.red() > 200 && colour.green() > 120 && colour.green() < 190 && colour.blue() < 60,
                     qPrintable(colour.name()));
        }
        // The margin is white where nothing is marked: the first pixel row is never in a band.
        QCOMPARE(image.pixelColor(QPoint(1, 1)), QColor(Qt::white));
    }
    QVERIFY2(bands >= minimumBands, qPrintable(QString::number(bands)));
    if (keys.isEmpty())
        QCOMPARE(bands, 0);
    // Each part has its band on some internal page, in the same place as the preview's marks.
    auto options = dialog.options();
    options.audience = Audience::Internal;
    const exporting::pdf::ReportPreview internal(review, options);
    for (const auto &key : keys) {
        int found = 0;
        for (int page = 0; page < internal.pageCount(); ++page)
            found += int(internal.bands(page, {key}).size());
        QVERIFY2(found > 0, qPrintable(key));
    }
}

void TestExportDialog::pageKeysAndZoom()
{
    app::ExportDialog dialog(sample(), QStringLiteral("sample"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pages = dialog.pageComparison();
    QTRY_VERIFY_WITH_TIMEOUT(pages->isComplete(), PaintTimeout);
    auto *scroll = pages->focusProxy();
    QVERIFY(scroll);
    scroll->setFocus();
    QCOMPARE(pages->currentPage(), 0);
    QTest::keyClick(scroll, Qt::Key_PageDown);
    QCOMPARE(pages->currentPage(), 1);
    QTest::keyClick(scroll, Qt::Key_PageDown);
    QCOMPARE(pages->currentPage(), 2);
    QTest::keyClick(scroll, Qt::Key_PageUp);
    QCOMPARE(pages->currentPage(), 1);

    const qreal zoom = pages->zoom();
    QTest::keyClick(scroll, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(pages->zoom() > zoom);
    QTRY_VERIFY_WITH_TIMEOUT(pages->isComplete(), PaintTimeout);
    QVERIFY(pages->pageImage(false, 0).width() > qRound(595 * zoom));
    QTest::keyClick(scroll, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(pages->zoom(), zoom);
    // The zoom, the size and the tab come back in the next dialog.
    QTest::keyClick(scroll, Qt::Key_Minus, Qt::ControlModifier);
    const qreal smaller = pages->zoom();
    // Hidden first: a shown window's size follows the platform's answer, which some platforms
    // (Qt 6.8's offscreen one) give later. The size fits the smallest screen tests run on.
    dialog.hide();
    const QSize size(777, 580);
    dialog.resize(size);
    QCOMPARE(dialog.size(), size);
    dialog.previewTabs()->setCurrentIndex(1);
    dialog.reject();
    app::ExportDialog again(sample(), QStringLiteral("sample"));
    QCOMPARE(again.pageComparison()->zoom(), smaller);
    QCOMPARE(again.size(), size);
    QCOMPARE(again.previewTabs()->currentIndex(), 1);
}

void TestExportDialog::otherFormatsShowTheText()
{
    app::ExportDialog dialog(sample(), QStringLiteral("sample"));
    auto *format = dialog.findChild<QComboBox *>();
    QVERIFY(format);
    format->setCurrentIndex(format->findData(QStringLiteral("md")));
    QCOMPARE(dialog.formatId(), QStringLiteral("md"));
    QVERIFY(!dialog.previewTabs()->isTabEnabled(dialog.previewTabs()->indexOf(dialog.pageComparison())));
    QVERIFY(dialog.previewTabs()->currentWidget() != dialog.pageComparison());
    QVERIFY(!dialog.previewText().isEmpty());
}

// Export customer version… → Export… → the last look lists findings; "Jump to" on a timeline
// event closes both dialogs and selects that event in the timeline table.
void TestExportDialog::lastLookBeforeCustomerExportJumpsToAFinding()
{
    auto *window = new app::MainWindow;
    window->show();
    QVERIFY(window->openPath(Sample));
    QAction *exportCustomer = nullptr;
    for (auto *action : window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Export &customer version…"))
            exportCustomer = action;
    }
    QVERIFY(exportCustomer);

    bool sawExportDialog = false;
    int findings = 0;
    bool fileDialogShown = false;
    exporting::ReviewPlace chosen;
    QObject polls;
    onNextModal(&polls, [&](QWidget *modal) {
        auto *dialog = qobject_cast<app::ExportDialog *>(modal);
        if (!dialog)
            return;
        sawExportDialog = true;
        onNextModal(&polls, [&](QWidget *next) {
            fileDialogShown = qobject_cast<QFileDialog *>(next);
            auto *lastLook = qobject_cast<app::LastLookDialog *>(next);
            if (!lastLook) {
                next->close();
                return;
            }
            auto *list = lastLook->list();
            findings = list->topLevelItemCount();
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)->text(2).startsWith(QStringLiteral("Timeline event"))) {
                    list->setCurrentItem(list->topLevelItem(i));
                    break;
                }
            }
            chosen = lastLook->chosenPlace();
            QTest::mouseClick(lastLook->jumpButton(), Qt::LeftButton);
        });
        QTest::mouseClick(buttonWithText(dialog, QStringLiteral("&Export…")), Qt::LeftButton);
    });
    exportCustomer->trigger();

    QVERIFY(sawExportDialog);
    QVERIFY(!fileDialogShown);
    QVERIFY(findings > 0);
    QCOMPARE(chosen.section, int(SectionKey::Timeline));
    QVERIFY(chosen.rowId != 0);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(window->sectionEditor()->currentSection(), int(SectionKey::Timeline));
    auto *table = window->sectionEditor()->findChild<editor::RowTable *>(QStringLiteral("timeline"));
    QVERIFY(table);
    const auto selected = table->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(int(ReviewModel::Role::RowId)).toLongLong(), chosen.rowId);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestExportDialog::lastLookCancelWritesNothing()
{
    app::ExportDialog dialog(sample(), QStringLiteral("sample"));
    dialog.setAudience(Audience::Customer);
    bool lastLookShown = false;
    bool fileDialogShown = false;
    QObject polls;
    onNextModal(&polls, [&](QWidget *modal) {
        lastLookShown = qobject_cast<app::LastLookDialog *>(modal);
        if (lastLookShown) {
            // A file dialog after the cancel would be a second modal.
            onNextModal(
                &polls,
                [&](QWidget *next) {
                    fileDialogShown = true;
                    next->close();
                },
                10);
        }
        qobject_cast<QDialog *>(modal)->reject();
    });
    QCOMPARE(dialog.exportToFile(), QString());
    QTest::qWait(400);
    QVERIFY(lastLookShown);
    QVERIFY(!fileDialogShown);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

// A customer version with nothing to show goes straight to where to write it, as the internal
// version always does.
void TestExportDialog::nothingFoundGoesStraightToTheFile()
{
    Review review;
    review.title = QStringLiteral("Short outage");
    review.summary = QStringLiteral("Some customers could not pay for a few minutes.");
    app::ExportDialog dialog(review, QStringLiteral("clean"));
    dialog.setAudience(Audience::Customer);
    QString firstModal;
    QObject polls;
    onNextModal(&polls, [&](QWidget *modal) {
        firstModal = QString::fromLatin1(modal->metaObject()->className());
        qobject_cast<QDialog *>(modal)->reject();
    });
    QCOMPARE(dialog.exportToFile(), QString());
    QCOMPARE(firstModal, QStringLiteral("QFileDialog"));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
