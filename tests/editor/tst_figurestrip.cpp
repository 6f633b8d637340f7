// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/samplereview.h"
#include "editor/charts/chartview.h"
#include "editor/figures/chartimportdialog.h"
#include "editor/figures/figurecard.h"
#include "editor/figures/figureimageview.h"
#include "editor/figures/figurestrip.h"
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/markdownedit.h"
#include "model/commands.h"
#include "model/figures.h"
#include "model/names.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>

using namespace hindsight;
using model::Figure;
using model::SectionKey;
using Traits = model::RowTraits<Figure>;

namespace {

const QString fixtures = QStringLiteral(HINDSIGHT_TEST_DATA_DIR "/metrics/");

QList<Figure> figuresOf(const model::ReviewDocument &document, SectionKey section)
{
    QList<Figure> result;
    for (const auto &figure : document.review().figures) {
        if (figure.section == section)
            result.append(figure);
    }
    return result;
}

QList<qint64> cardIds(const editor::FigureStrip *strip)
{
    QList<qint64> ids;
    for (const auto *card : strip->cards())
        ids.append(card->id());
    return ids;
}

QList<qint64> figureIds(const model::ReviewDocument &document, SectionKey section)
{
    QList<qint64> ids;
    for (const auto &figure : figuresOf(document, section))
        ids.append(figure.id);
    return ids;
}

Figure image(SectionKey section, const QString &caption, QColor colour = Qt::darkCyan)
{
    Figure figure;
    figure.section = section;
    figure.kind = model::FigureKind::Image;
    figure.caption = caption;
    figure.source = caption + QStringLiteral(".png");
    figure.image = tests::screenshotPng(80, 50, colour);
    return figure;
}

QByteArray png(const QImage &picture)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes;
}

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2023, 3, 14), QTime(hour, minute), QTimeZone::utc());
}

// A section editor on document showing section, laid out at a desktop size.
struct Editor
{
    explicit Editor(model::ReviewDocument &document, SectionKey section)
    {
        editor.setDocument(&document);
        editor.showSection(int(section));
        editor.resize(1000, 800);
        editor.show();
        QCoreApplication::processEvents();
    }
    editor::FigureStrip *strip() const { return editor.currentFigureStrip(); }
    editor::SectionEditor editor;
};

// Delivers a drag and drop of data on widget at its centre, as a file manager does.
bool dropOn(QWidget *widget, QMimeData *data)
{
    const QPointF centre(widget->width() / 2.0, widget->height() / 2.0);
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(centre, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

} // namespace

class TestFigureStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardsMatchSection_data();
    void cardsMatchSection();
    void captionEditIsUndoable();
    void chartTitleIsEditable();
    void visibilityToggle();
    void moveAndRemoveWithButtons();
    void followsUndoIncrementally();
    void pasteImageIntoMarkdown_data();
    void pasteImageIntoMarkdown();
    void pasteTextStaysText();
    void dropFilesOnPage();
    void refusesWhatIsNotAnImage_data();
    void refusesWhatIsNotAnImage();
    void hugeImageIsScaledForDisplayOnly();
    void chartFollowsTimelineAndZone();
    void addChartThroughDialog();
    void readOnlyDocument();
    void lookAtRootCauses();
};

void TestFigureStrip::cardsMatchSection_data()
{
    QTest::addColumn<SectionKey>("section");
    QTest::newRow("nominal: root causes show their image") << SectionKey::RootCauses;
    QTest::newRow("nominal: resolution shows its chart") << SectionKey::Resolution;
    QTest::newRow("boundary: a section without figures shows none") << SectionKey::Summary;
    QTest::newRow("boundary: a table section has a strip too") << SectionKey::Actions;
}

void TestFigureStrip::cardsMatchSection()
{
    QFETCH(SectionKey, section);
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, section);
    auto *strip = editor.strip();
    QVERIFY(strip);
    QCOMPARE(strip->section(), section);

    const auto figures = figuresOf(document, section);
    QCOMPARE(cardIds(strip), figureIds(document, section));
    for (int i = 0; i < figures.size(); ++i) {
        const auto *card = strip->cards().at(i);
        const auto &figure = figures.at(i);
        QCOMPARE(card->kind(), figure.kind);
        QCOMPARE(card->captionEdit()->text(), figure.caption);
        QCOMPARE(card->captionEdit()->placeholderText(), QStringLiteral("Caption"));
        QCOMPARE(card->publicBox()->isChecked(), figure.visibility == model::Visibility::Public);
        QVERIFY(card->isVisible());
        if (figure.kind == model::FigureKind::Image) {
            QVERIFY(card->imageView());
            QVERIFY(!card->chart());
            QCOMPARE(card->imageView()->imageSize(), QSize(64, 40));
            // Never enlarged: a small screenshot stays as it is.
            QCOMPARE(card->imageView()->imageRect().size(), QSize(64, 40));
        } else {
            QVERIFY(card->chart());
            QVERIFY(card->titleEdit());
            QCOMPARE(card->titleEdit()->text(), figure.title);
            QCOMPARE(card->chart()->data().series, figure.series);
            QCOMPARE(card->chart()->content().title, figure.title);
        }
        // Alone in its section: it can go nowhere.
        QVERIFY(!card->moveUpButton()->isEnabled());
        QVERIFY(!card->moveDownButton()->isEnabled());
        QVERIFY(card->removeButton()->isEnabled());
    }
    QCOMPARE(strip->findChild<QLabel *>(QStringLiteral("hint"))->isVisible(), figures.isEmpty());
    QVERIFY(strip->findChild<QPushButton *>(QStringLiteral("addImage"))->isEnabled());
    QVERIFY(strip->findChild<QPushButton *>(QStringLiteral("addChart"))->isEnabled());
}

void TestFigureStrip::captionEditIsUndoable()
{
    auto review = tests::fullReview();
    review.figures[0].caption.clear();
    model::ReviewDocument document(review);
    Editor editor(document, SectionKey::RootCauses);
    auto *card = editor.strip()->cards().constFirst();
    auto *caption = card->captionEdit();

    caption->setFocus();
    QTest::keyClicks(caption, QStringLiteral("Pool at 20/20"));
    QCOMPARE(document.review().figures.at(0).caption, QStringLiteral("Pool at 20/20"));
    // Typing is one step.
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(document.review().figures.at(0).caption, QString());
    QCOMPARE(caption->text(), QString());
    document.undoStack()->redo();
    QCOMPARE(caption->text(), QStringLiteral("Pool at 20/20"));
    // The card that was edited is the card that shows the result: no rebuild under the cursor.
    QCOMPARE(editor.strip()->cards().constFirst(), card);

    // Ctrl+Z in the caption undoes on the document's stack.
    QTest::keyClick(caption, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document.review().figures.at(0).caption, QString());
    QCOMPARE(caption->text(), QString());
}

void TestFigureStrip::chartTitleIsEditable()
{
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, SectionKey::Resolution);
    auto *card = editor.strip()->cards().constFirst();
    auto *title = card->titleEdit();
    QVERIFY(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("5xx rate"));
    QCOMPARE(document.review().figures.at(1).title, QStringLiteral("5xx rate"));
    QCOMPARE(card->chart()->content().title, QStringLiteral("5xx rate"));
    document.undoStack()->undo();
    QCOMPARE(title->text(), QStringLiteral("Checkout errors"));
    QCOMPARE(card->chart()->content().title, QStringLiteral("Checkout errors"));
}

void TestFigureStrip::visibilityToggle()
{
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, SectionKey::Resolution);
    auto *box = editor.strip()->cards().constFirst()->publicBox();
    QVERIFY(!box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton);
    QCOMPARE(document.review().figures.at(1).visibility, model::Visibility::Public);
    document.undoStack()->undo();
    QCOMPARE(document.review().figures.at(1).visibility, model::Visibility::Internal);
    QVERIFY(!box->isChecked());
}

void TestFigureStrip::moveAndRemoveWithButtons()
{
    model::Review review;
    // Figures of two sections interleaved: moving skips the other section's figure.
    review.figures = {
        image(SectionKey::RootCauses, QStringLiteral("a")), image(SectionKey::Resolution, QStringLiteral("other")),
        image(SectionKey::RootCauses, QStringLiteral("b")), image(SectionKey::RootCauses, QStringLiteral("c"))};
    model::ReviewDocument document(review);
    const auto original = document.review();
    Editor editor(document, SectionKey::RootCauses);
    auto *strip = editor.strip();
    const auto captions = [strip] {
        QStringList result;
        for (const auto *card : strip->cards())
            result.append(card->captionEdit()->text());
        return result;
    };
    QCOMPARE(captions(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!strip->cards().at(0)->moveUpButton()->isEnabled());
    QVERIFY(strip->cards().at(0)->moveDownButton()->isEnabled());
    QVERIFY(strip->cards().at(2)->moveUpButton()->isEnabled());
    QVERIFY(!strip->cards().at(2)->moveDownButton()->isEnabled());

    QTest::mouseClick(strip->cards().at(0)->moveDownButton(), Qt::LeftButton);
    QCOMPARE(captions(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(cardIds(strip), figureIds(document, SectionKey::RootCauses));
    QCOMPARE(figuresOf(document, SectionKey::Resolution).size(), 1);
    QTest::mouseClick(strip->cards().at(2)->moveUpButton(), Qt::LeftButton);
    QCOMPARE(captions(), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(captions(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(document.review().figures.at(1).caption, QStringLiteral("other"));

    const auto removed = strip->cards().at(1)->id();
    QTest::mouseClick(strip->cards().at(1)->removeButton(), Qt::LeftButton);
    QCOMPARE(captions(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(document.review().figures.size(), 3);
    QVERIFY(!strip->card(removed));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    document.undoStack()->undo();
    QCOMPARE(captions(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(strip->card(removed));
    // Back whole, with its id and bytes, where it was.
    QCOMPARE(document.review(), original);
}

void TestFigureStrip::followsUndoIncrementally()
{
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, SectionKey::RootCauses);
    auto *strip = editor.strip();
    auto *first = strip->cards().constFirst();

    // A figure added elsewhere (the menu, another view) appears; undo takes it away again, and
    // the card that stayed is the same widget throughout.
    const auto id = model::commands::insertRow(document, image(SectionKey::RootCauses, QStringLiteral("second")));
    QCOMPARE(cardIds(strip), figureIds(document, SectionKey::RootCauses));
    QCOMPARE(strip->cards().size(), 2);
    QCOMPARE(strip->cards().constFirst(), first);
    QCOMPARE(strip->cards().constLast()->id(), id);
    QVERIFY(strip->cards().constFirst()->moveDownButton()->isEnabled());

    document.undoStack()->undo();
    QCOMPARE(strip->cards().size(), 1);
    QCOMPARE(strip->cards().constFirst(), first);
    QVERIFY(!first->moveDownButton()->isEnabled());
    document.undoStack()->redo();
    QCOMPARE(cardIds(strip), figureIds(document, SectionKey::RootCauses));

    // A figure of another section leaves this strip alone.
    model::commands::insertRow(document, image(SectionKey::Impact, QStringLiteral("elsewhere")));
    QCOMPARE(strip->cards().size(), 2);
}

void TestFigureStrip::pasteImageIntoMarkdown_data()
{
    QTest::addColumn<bool>("asPngBytes");
    QTest::newRow("nominal: a QImage from the clipboard is kept as PNG") << false;
    QTest::newRow("nominal: image/png bytes are kept as they came") << true;
}

void TestFigureStrip::pasteImageIntoMarkdown()
{
    QFETCH(bool, asPngBytes);
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, SectionKey::RootCauses);
    auto *edit = editor.editor.findChild<editor::MarkdownEdit *>(QStringLiteral("rootCauses.markdown"));
    QVERIFY(edit);
    QCOMPARE(editor.editor.currentFigureStrip(), editor.strip());
    const auto text = edit->toPlainText();

    QImage picture(120, 80, QImage::Format_RGB32);
    picture.fill(QColor(0xcc, 0x33, 0x33));
    const auto bytes = png(picture);
    auto *mime = new QMimeData;
    if (asPngBytes)
        mime->setData(QStringLiteral("image/png"), bytes);
    else
        mime->setImageData(picture);
    QApplication::clipboard()->setMimeData(mime);
    QVERIFY(edit->canPaste());
    edit->setFocus();
    edit->paste();

    const auto figures = figuresOf(document, SectionKey::RootCauses);
    QCOMPARE(figures.size(), 2);
    const auto &pasted = figures.constLast();
    QCOMPARE(pasted.kind, model::FigureKind::Image);
    QCOMPARE(pasted.source, QString());
    QCOMPARE(pasted.caption, QString());
    QCOMPARE(pasted.visibility, model::Visibility::Internal);
    QCOMPARE(model::FigureImages::inspect(pasted.image).format, QByteArray("png"));
    if (asPngBytes)
        QCOMPARE(pasted.image, bytes);
    QCOMPARE(QImage::fromData(pasted.image).convertToFormat(QImage::Format_RGB32), picture);
    // The text is as it was, and one undo takes the figure away.
    QCOMPARE(edit->toPlainText(), text);
    QCOMPARE(document.review().rootCauses, text);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(editor.strip()->cards().size(), 2);
    QCOMPARE(editor.strip()->cards().constLast()->captionEdit()->placeholderText(), QStringLiteral("Caption"));
    document.undoStack()->undo();
    QCOMPARE(figuresOf(document, SectionKey::RootCauses).size(), 1);
}

void TestFigureStrip::pasteTextStaysText()
{
    model::Review review;
    review.rootCauses = QStringLiteral("Pool ");
    model::ReviewDocument document(review);
    Editor editor(document, SectionKey::RootCauses);
    auto *edit = editor.editor.findChild<editor::MarkdownEdit *>(QStringLiteral("rootCauses.markdown"));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);

    auto *mime = new QMimeData;
    mime->setText(QStringLiteral("size 20"));
    QApplication::clipboard()->setMimeData(mime);
    edit->paste();
    QCOMPARE(document.review().rootCauses, QStringLiteral("Pool size 20"));
    QVERIFY(document.review().figures.isEmpty());

    // Copied spreadsheet cells bring a picture of themselves: the text is what is pasted.
    QImage cells(60, 20, QImage::Format_RGB32);
    cells.fill(Qt::white);
    mime = new QMimeData;
    mime->setText(QStringLiteral(" (max)"));
    mime->setImageData(cells);
    QApplication::clipboard()->setMimeData(mime);
    edit->paste();
    QCOMPARE(document.review().rootCauses, QStringLiteral("Pool size 20 (max)"));
    QVERIFY(document.review().figures.isEmpty());
    QCOMPARE(editor.strip()->message(), QString());
}

void TestFigureStrip::dropFilesOnPage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto first = dir.filePath(QStringLiteral("dashboard.png"));
    const auto second = dir.filePath(QStringLiteral("pool.jpg"));
    const auto firstBytes = tests::screenshotPng(90, 60);
    QImage photo(50, 30, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    QVERIFY(photo.save(second, "JPEG"));
    {
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(firstBytes);
    }
    QFile jpeg(second);
    QVERIFY(jpeg.open(QIODevice::ReadOnly));
    const auto secondBytes = jpeg.readAll();

    model::Review review;
    model::ReviewDocument document(review);
    Editor editor(document, SectionKey::Detection);
    auto *page = editor.strip()->parentWidget();
    QVERIFY(page->acceptDrops());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(first), QUrl::fromLocalFile(second)});
    QVERIFY(dropOn(page, &mime));
    const auto figures = figuresOf(document, SectionKey::Detection);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(0).source, QStringLiteral("dashboard.png"));
    QCOMPARE(figures.at(0).image, firstBytes);
    QCOMPARE(figures.at(1).source, QStringLiteral("pool.jpg"));
    // The file's bytes, not a PNG made of them.
    QCOMPARE(figures.at(1).image, secondBytes);
    // One gesture, one undo step.
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(editor.strip()->cards().size(), 2);
    document.undoStack()->undo();
    QVERIFY(document.review().figures.isEmpty());
    QCOMPARE(editor.strip()->cards().size(), 0);

    // Files dropped into the Markdown field go the same way, and its text stays.
    auto *edit = editor.editor.findChild<editor::MarkdownEdit *>(QStringLiteral("detection.markdown"));
    QVERIFY(edit);
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(first)});
    QVERIFY(dropOn(edit->viewport(), &one));
    QCOMPARE(figuresOf(document, SectionKey::Detection).size(), 1);
    QCOMPARE(document.review().detection.markdown, QString());

    // Other files are not taken: a Markdown file dropped on the page is no figure.
    QMimeData notes;
    notes.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.md")))});
    QVERIFY(!editor.strip()->canTake(&notes));
}

void TestFigureStrip::refusesWhatIsNotAnImage_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("robustness: a text file named .png")
        << QByteArray("Pool size: 20\nThis is no picture.\n") << QStringLiteral("is not an image");
    QTest::newRow("robustness: an empty file") << QByteArray() << QStringLiteral("is empty");
    QTest::newRow("robustness: a truncated PNG")
        << tests::screenshotPng().left(40) << QStringLiteral("is not an image");
}

void TestFigureStrip::refusesWhatIsNotAnImage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto path = dir.filePath(QStringLiteral("x.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    model::ReviewDocument document(tests::fullReview());
    const auto review = document.review();
    Editor editor(document, SectionKey::RootCauses);
    auto *strip = editor.strip();
    QSignalSpy refusals(strip, &editor::FigureStrip::refused);

    QCOMPARE(strip->addFiles({path}), QList<qint64>());
    QCOMPARE(refusals.size(), 1);
    const auto message = strip->message();
    QVERIFY2(message.contains(QStringLiteral("“x.png”")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was added")), qPrintable(message));
    QVERIFY(strip->findChild<QWidget *>(QStringLiteral("message"))->isVisible());
    QCOMPARE(document.review(), review);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(strip->cards().size(), 1);

    // The same through a paste of the file into the text.
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QApplication::clipboard()->setMimeData(mime);
    auto *edit = editor.editor.findChild<editor::MarkdownEdit *>(QStringLiteral("rootCauses.markdown"));
    edit->paste();
    QCOMPARE(refusals.size(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.review().rootCauses, review.rootCauses);

    // A good image afterwards clears the message.
    QVERIFY(strip->addImage(tests::screenshotPng(), QStringLiteral("good.png")) != 0);
    QCOMPARE(strip->message(), QString());
}

void TestFigureStrip::hugeImageIsScaledForDisplayOnly()
{
    QImage picture(4000, 3000, QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        painter.fillRect(100, 100, 1800, 1200, QColor(0x33, 0x66, 0x99));
    }
    const auto bytes = png(picture);
    model::ReviewDocument document;
    Editor editor(document, SectionKey::RootCauses);
    auto *strip = editor.strip();
    const auto id = strip->addImage(bytes, QStringLiteral("5k-screen.png"));
    QVERIFY(id != 0);
    QCoreApplication::processEvents();

    auto *card = strip->card(id);
    QVERIFY(card);
    auto *view = card->imageView();
    QCOMPARE(view->imageSize(), QSize(4000, 3000));
    const auto pixmap = view->displayedPixmap();
    QVERIFY(!pixmap.isNull());
    const auto shown = pixmap.deviceIndependentSize();
    QVERIFY2(shown.width() <= card->width() && shown.height() <= card->height(),
             qPrintable(QStringLiteral("%1×%2 in a card of %3×%4")
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(card->width())
                            .arg(card->height())));
    QVERIFY(shown.height() <= editor::FigureImageView::MaxHeight);
    // Proportions kept.
    QVERIFY(qAbs(shown.width() / shown.height() - 4.0 / 3.0) < 0.02);
    QVERIFY(view->imageRect().right() < card->width());
    // The review keeps the file's bytes.
    QCOMPARE(document.review().figures.at(0).image, bytes);
    QVERIFY(card->findChild<QLabel *>(QStringLiteral("heading"))->text().contains(QStringLiteral("4000 × 3000")));
}

void TestFigureStrip::chartFollowsTimelineAndZone()
{
    auto review = tests::fullReview();
    model::TimelineEvent detected;
    detected.time = utc(13, 10);
    detected.kind = model::EventKind::Detection;
    detected.text = QStringLiteral("Alert fired");
    detected.milestone = model::Milestone::Detected;
    review.timeline.append(detected);
    model::ReviewDocument document(review);
    Editor editor(document, SectionKey::Resolution);
    auto *chart = editor.strip()->cards().constFirst()->chart();
    QVERIFY(chart);
    QVERIFY(chart->height() > 200);

    const auto before = chart->markerPosition(model::Milestone::Detected);
    QVERIFY(before);
    qint64 id = 0;
    for (const auto &event : document.review().timeline) {
        if (event.milestone == model::Milestone::Detected)
            id = event.id;
    }
    QVERIFY(id != 0);
    model::commands::setRowValue<model::TimelineEvent>(document, id, model::RowTraits<model::TimelineEvent>::Time,
                                                       utc(13, 20));
    const auto after = chart->markerPosition(model::Milestone::Detected);
    QVERIFY(after);
    QVERIFY2(after->x() > before->x() + 10, qPrintable(QStringLiteral("%1 → %2").arg(before->x()).arg(after->x())));

    document.undoStack()->undo();
    QCOMPARE(chart->markerPosition(model::Milestone::Detected)->x(), before->x());

    // The milestone goes, and so does its marker.
    model::commands::setRowValue<model::TimelineEvent>(document, id, model::RowTraits<model::TimelineEvent>::Milestone,
                                                       int(model::Milestone::None));
    QVERIFY(!chart->markerPosition(model::Milestone::Detected));

    // The time axis is in the review's zone: Berlin is an hour ahead of UTC in March.
    const auto berlin = chart->timeLabels();
    QCOMPARE(chart->content().zone, QTimeZone("Europe/Berlin"));
    model::commands::setField(document, model::Field::TimeZone, QStringLiteral("UTC"));
    QCOMPARE(chart->content().zone, QTimeZone::utc());
    QVERIFY(chart->timeLabels() != berlin);
}

void TestFigureStrip::addChartThroughDialog()
{
    model::ReviewDocument document(tests::fullReview());
    Editor editor(document, SectionKey::RootCauses);
    auto *strip = editor.strip();
    auto *dialog = strip->addChart(fixtures + QStringLiteral("grafana-panel-export.csv"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->data()->series.size(), 2);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const auto figures = figuresOf(document, SectionKey::RootCauses);
    QCOMPARE(figures.size(), 2);
    const auto &chart = figures.constLast();
    QCOMPARE(chart.kind, model::FigureKind::Chart);
    QCOMPARE(chart.title, QStringLiteral("Grafana panel export"));
    QCOMPARE(chart.source, QStringLiteral("grafana-panel-export.csv"));
    QCOMPARE(chart.series.size(), 2);
    QCOMPARE(chart.series.at(0).points.size(), 150);
    QCOMPARE(strip->cards().constLast()->kind(), model::FigureKind::Chart);
    QCOMPARE(document.undoStack()->count(), 1);

    // Dropping a metrics file on the page opens the dialog for it; cancel changes nothing.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixtures + QStringLiteral("prometheus-query-range.json"))});
    QVERIFY(dropOn(strip->parentWidget(), &mime));
    editor::ChartImportDialog *second = nullptr;
    for (auto *open : strip->findChildren<editor::ChartImportDialog *>()) {
        if (open->isVisible())
            second = open;
    }
    QVERIFY(second);
    QCOMPARE(second->file(), fixtures + QStringLiteral("prometheus-query-range.json"));
    QCOMPARE(second->data()->series.size(), 2);
    second->reject();
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestFigureStrip::readOnlyDocument()
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("locked.hindsight"));
    auto first = model::ReviewDocument::create(path, tests::fullReview()); // holds the file's lock
    QVERIFY(first.document);
    auto second = model::ReviewDocument::open(path);
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    auto &document = *second.document;

    for (const auto section : {SectionKey::RootCauses, SectionKey::Resolution}) {
        Editor editor(document, section);
        auto *strip = editor.strip();
        QCOMPARE(strip->cards().size(), 1);
        auto *card = strip->cards().constFirst();
        QVERIFY(card->captionEdit()->isReadOnly());
        if (card->titleEdit())
            QVERIFY(card->titleEdit()->isReadOnly());
        QVERIFY(!card->publicBox()->isEnabled());
        QVERIFY(!card->moveUpButton()->isEnabled());
        QVERIFY(!card->moveDownButton()->isEnabled());
        QVERIFY(!card->removeButton()->isEnabled());
        QVERIFY(!strip->findChild<QPushButton *>(QStringLiteral("addImage"))->isEnabled());
        QVERIFY(!strip->findChild<QPushButton *>(QStringLiteral("addChart"))->isEnabled());

        QMimeData mime;
        mime.setImageData(QImage::fromData(tests::screenshotPng()));
        QVERIFY(!strip->canTake(&mime));
        QVERIFY(!strip->take(&mime));
        QCOMPARE(strip->addImage(tests::screenshotPng(), QStringLiteral("x.png")), 0);
        QVERIFY(!strip->addChart(fixtures + QStringLiteral("orders-api-errors.csv")));
    }
    QCOMPARE(document.review().figures.size(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
}

// The Root causes page with an image and a chart, as a person sees it. With
// HINDSIGHT_SCREENSHOT_DIR set, the page is saved there as figures.png.
void TestFigureStrip::lookAtRootCauses()
{
    auto review = tests::fullReview();
    review.rootCauses = QStringLiteral(
        "A configuration change lowered the database connection pool of `checkout-api` from 50 to 20.\n\n"
        "Under the Tuesday lunch peak every connection was in use: requests queued for a connection, "
        "timed out after 5 s and the load balancer answered **502**.");
    QImage dashboard(1280, 640, QImage::Format_RGB32);
    dashboard.fill(QColor(0x18, 0x1b, 0x1f));
    {
        QPainter painter(&dashboard);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x73, 0xbf, 0x69), 4));
        QPolygonF line;
        for (int x = 0; x <= 1200; x += 20)
            line << QPointF(40 + x, x > 420 && x < 900 ? 140 + (x % 60) : 520 - (x % 80));
        painter.drawPolyline(line);
        painter.setPen(QColor(0xcc, 0xcc, 0xdc));
        auto font = painter.font();
        font.setPixelSize(28);
        painter.setFont(font);
        painter.drawText(40, 60, QStringLiteral("pgbouncer · active connections"));
    }
    review.figures[0].image = png(dashboard);
    review.figures[0].source = QStringLiteral("grafana-pgbouncer.png");
    review.figures[0].caption = QStringLiteral("All 20 connections in use from 13:07; the queue grew until 13:41.");
    auto chart = review.figures[1];
    chart.section = SectionKey::RootCauses;
    chart.caption = QStringLiteral("The 5xx rate followed the pool saturation within a minute.");
    review.figures.append(chart);
    model::TimelineEvent detected;
    detected.time = utc(13, 12);
    detected.milestone = model::Milestone::Detected;
    detected.text = QStringLiteral("Alert fired");
    review.timeline.append(detected);
    model::TimelineEvent mitigated;
    mitigated.time = utc(13, 21);
    mitigated.milestone = model::Milestone::Mitigated;
    mitigated.text = QStringLiteral("Reverted");
    review.timeline.append(mitigated);

    model::ReviewDocument document(review);
    editor::SectionEditor editor;
    editor.setDocument(&document);
    editor.showSection(int(SectionKey::RootCauses));
    editor.resize(1000, 1500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCoreApplication::processEvents();

    auto *strip = editor.currentFigureStrip();
    QCOMPARE(strip->cards().size(), 2);
    for (auto *card : strip->cards()) {
        // Everything inside the card, nothing cut off at its edges.
        QVERIFY(card->width() <= strip->width());
        const auto caption = card->captionEdit()->geometry();
        QVERIFY(caption.bottom() < card->height());
        QVERIFY(caption.height() >= card->captionEdit()->sizeHint().height());
        auto *heading = card->findChild<QLabel *>(QStringLiteral("heading"));
        QVERIFY2(heading->width() >= heading->sizeHint().width(), qPrintable(heading->text()));
        // The caption is under the figure.
        const auto *figure =
            card->imageView() ? static_cast<QWidget *>(card->imageView()) : static_cast<QWidget *>(card->chart());
        QVERIFY(caption.top() >= figure->geometry().bottom());
    }

    const auto directory = qEnvironmentVariable("HINDSIGHT_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        auto *page = strip->parentWidget();
        QVERIFY(editor.grab().save(QDir(directory).filePath(QStringLiteral("figures.png"))));
        QVERIFY(page->grab().save(QDir(directory).filePath(QStringLiteral("figures-page.png"))));
    }

    // A refusal shows in the strip, above the cards, with nothing cut off.
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("notes.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    strip->addFiles({path});
    QCoreApplication::processEvents();
    auto *message = strip->findChild<QLabel *>(QStringLiteral("messageText"));
    QVERIFY(message->isVisible());
    QVERIFY(message->height() >= message->heightForWidth(message->width()));
    QVERIFY(message->mapTo(strip, QPoint(0, 0)).y() < strip->cards().constFirst()->y());
    if (!directory.isEmpty())
        QVERIFY(strip->grab(QRect(0, 0, strip->width(), 160)).save(directory + QStringLiteral("/figures-refused.png")));
}

QTEST_MAIN(TestFigureStrip)
#include "tst_figurestrip.moc"
