// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurestrip.h"

#include "chartimportdialog.h"
#include "editor/widgets/markdownedit.h"
#include "figurecard.h"
#include "figureinput.h"
#include "model/commands.h"
#include "model/figures.h"
#include "model/reviewdocument.h"
#include "model/rows.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight::editor {

namespace {

using model::Figure;

const auto directoryKey = QStringLiteral("figures/lastDirectory");

// Lines of text a Markdown field keeps above figures: with figures the page scrolls, and the
// field would otherwise shrink to its few-line minimum.
constexpr int TextLinesAboveFigures = 14;

// As ChartImportDialog and the main window's message bar show errors.
const auto messageStyle = QStringLiteral("#message { background: #fde2e0; border: 1px solid #e79b94; border-radius: "
                                         "3px; } #message QLabel { color: #6b1610; }");

} // namespace

FigureStrip::FigureStrip(model::ReviewDocument &document, model::SectionKey section, QWidget *parent)
    : QWidget(parent), m_document(document), m_section(section), m_cardLayout(new QVBoxLayout),
      m_hint(new QLabel(this)), m_addImage(new QPushButton(tr("Add i&mage…"), this)),
      m_addChart(new QPushButton(tr("Add char&t…"), this)), m_message(new QWidget(this)),
      m_messageText(new QLabel(m_message))
{
    setObjectName(QStringLiteral("figures"));

    auto *title = new QLabel(tr("Figures"), this);
    auto titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_addImage->setObjectName(QStringLiteral("addImage"));
    m_addImage->setToolTip(tr("A screenshot or picture file, kept inside the review"));
    m_addChart->setObjectName(QStringLiteral("addChart"));
    m_addChart->setToolTip(tr("A chart of a metrics file (CSV, Grafana CSV, Prometheus JSON), drawn with the "
                              "review's milestones"));
    m_addImage->setEnabled(editable());
    m_addChart->setEnabled(editable());
    connect(m_addImage, &QPushButton::clicked, this, &FigureStrip::chooseImages);
    connect(m_addChart, &QPushButton::clicked, this, [this] { addChart(); });

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_addImage);
    header->addWidget(m_addChart);

    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Screenshots and charts that support the text. Paste a screenshot into the text, or drop "
                       "image files or a metrics file (CSV, JSON) on the page."));

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAttribute(Qt::WA_StyledBackground);
    m_message->setStyleSheet(messageStyle);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_message);
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    close->setAccessibleName(tr("Hide this message"));
    connect(close, &QToolButton::clicked, this, &FigureStrip::hideMessage);
    auto *messageLayout = new QHBoxLayout(m_message);
    messageLayout->setContentsMargins(10, 4, 4, 4);
    messageLayout->addWidget(m_messageText, 1);
    messageLayout->addWidget(close, 0, Qt::AlignTop);
    m_message->hide();

    m_cardLayout->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addLayout(m_cardLayout);

    connect(&document, &model::ReviewDocument::rowsChanged, this, [this](int typeIndex) {
        if (typeIndex == model::RowTraits<Figure>::typeIndex)
            sync();
    });
    sync();
}

bool FigureStrip::editable() const
{
    return !m_document.isReadOnly();
}

FigureCard *FigureStrip::card(qint64 id) const
{
    for (auto *card : m_cards) {
        if (card->id() == id)
            return card;
    }
    return nullptr;
}

void FigureStrip::sync()
{
    QList<const Figure *> figures;
    for (const auto &figure : m_document.review().figures) {
        if (figure.section == m_section)
            figures.append(&figure);
    }

    QHash<qint64, FigureCard *> old;
    for (auto *card : std::as_const(m_cards))
        old.insert(card->id(), card);
    QList<FigureCard *> cards;
    for (int i = 0; i < figures.size(); ++i) {
        const auto &figure = *figures.at(i);
        auto *card = old.take(figure.id);
        if (card && card->kind() != figure.kind) {
            old.insert(figure.id, card);
            card = nullptr;
        }
        if (card) {
            card->setFigure(figure);
        } else {
            card = new FigureCard(m_document, figure, this);
            connect(card, &FigureCard::moveRequested, this, &FigureStrip::move);
        }
        card->setPosition(i, int(figures.size()));
        cards.append(card);
    }
    // A card can go while its own Remove button is still in its clicked signal.
    for (auto *card : std::as_const(old)) {
        m_cardLayout->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    if (cards != m_cards) {
        for (auto *card : std::as_const(cards))
            m_cardLayout->removeWidget(card);
        for (auto *card : std::as_const(cards))
            m_cardLayout->addWidget(card);
        m_cards = cards;
    }
    m_hint->setVisible(m_cards.isEmpty());
    updateTextRoom();
}

void FigureStrip::updateTextRoom()
{
    for (const auto &[edit, minimumHeight] : std::as_const(m_edits)) {
        if (!edit)
            continue;
        const int withFigures = edit->fontMetrics().lineSpacing() * TextLinesAboveFigures + 2 * edit->frameWidth() + 12;
        edit->setMinimumHeight(m_cards.isEmpty() ? minimumHeight : std::max(minimumHeight, withFigures));
        edit->updateGeometry();
    }
}

void FigureStrip::move(qint64 id, int step)
{
    const auto &figures = m_document.review().figures;
    const int from = m_document.rowOf<Figure>(id);
    if (from < 0)
        return;
    // The review keeps one list for all sections: the neighbour is the next figure of this one.
    for (int to = from + step; to >= 0 && to < figures.size(); to += step) {
        if (figures.at(to).section == m_section) {
            model::commands::moveRow<Figure>(m_document, id, to);
            return;
        }
    }
}

void FigureStrip::attach(MarkdownEdit *edit)
{
    m_edits.append({edit, edit->minimumHeight()});
    updateTextRoom();
    const QPointer<FigureStrip> strip(this);
    edit->setForeignContentHandler({[strip](const QMimeData *mime) { return strip && strip->canTake(mime); },
                                    [strip](const QMimeData *mime) { return strip && strip->take(mime); }});
}

void FigureStrip::acceptDrops(QWidget *page)
{
    page->setAcceptDrops(true);
    page->installEventFilter(this);
}

bool FigureStrip::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!canTake(drag->mimeData()))
            break;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!canTake(drop->mimeData()))
            break;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        take(drop->mimeData());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool FigureStrip::canTake(const QMimeData *mime) const
{
    return editable() && (FigureInput::hasFigureFiles(mime) || FigureInput::hasPastedImage(mime));
}

bool FigureStrip::take(const QMimeData *mime)
{
    if (!canTake(mime))
        return false;
    if (FigureInput::hasFigureFiles(mime)) {
        addFiles(FigureInput::localFiles(mime));
        return true;
    }
    // No name: the model says "The image is too large (…)", which reads right for a paste.
    const auto id = addImage(FigureInput::pastedImageBytes(mime), {});
    if (id != 0)
        reveal(id, false);
    return true;
}

qint64 FigureStrip::addImage(const QByteArray &bytes, const QString &source, const QString &name)
{
    if (!editable())
        return 0;
    const auto info = model::FigureImages::inspect(bytes, name);
    if (!info.isValid()) {
        showMessage(info.error + QLatin1Char(' ') + tr("Nothing was added."));
        return 0;
    }
    Figure figure;
    figure.section = m_section;
    figure.kind = model::FigureKind::Image;
    figure.source = source;
    figure.image = bytes;
    hideMessage();
    return model::commands::insertRow(m_document, figure);
}

QList<qint64> FigureStrip::addFiles(const QStringList &paths)
{
    QList<qint64> ids;
    if (!editable() || paths.isEmpty())
        return ids;
    QStringList problems;
    QList<Figure> images;
    QStringList metrics;
    for (const auto &path : paths) {
        const auto name = QFileInfo(path).fileName();
        if (FigureInput::isMetricsFile(path)) {
            metrics.append(path);
            continue;
        }
        const auto read = model::FigureImages::readFile(path);
        if (!read.error.isEmpty()) {
            problems.append(read.error);
            continue;
        }
        const auto info = model::FigureImages::inspect(read.bytes, name);
        if (!info.isValid()) {
            problems.append(info.error);
            continue;
        }
        Figure figure;
        figure.section = m_section;
        figure.kind = model::FigureKind::Image;
        figure.source = name;
        figure.image = read.bytes;
        images.append(figure);
    }
    for (qsizetype i = 1; i < metrics.size(); ++i) {
        problems.append(tr("A chart is made from one metrics file at a time; “%1” was left out.")
                            .arg(QFileInfo(metrics.at(i)).fileName()));
    }

    // Several files dropped at once are one step to undo, as they were one gesture.
    auto *stack = m_document.undoStack();
    if (images.size() > 1)
        stack->beginMacro(tr("Add %n images", nullptr, int(images.size())));
    for (const auto &figure : std::as_const(images))
        ids.append(model::commands::insertRow(m_document, figure));
    if (images.size() > 1)
        stack->endMacro();

    if (problems.isEmpty())
        hideMessage();
    else
        showMessage(problems.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                    (ids.isEmpty() ? tr("Nothing was added.") : tr("The other files were added.")));
    if (!ids.isEmpty())
        reveal(ids.constFirst(), false);
    if (!metrics.isEmpty())
        addChart(metrics.constFirst());
    return ids;
}

void FigureStrip::chooseImages()
{
    if (!editable())
        return;
    const auto paths =
        QFileDialog::getOpenFileNames(this, tr("Add image"), lastDirectory(), FigureInput::imageFilter());
    if (paths.isEmpty())
        return;
    rememberDirectory(paths.constFirst());
    const auto ids = addFiles(paths);
    if (!ids.isEmpty())
        reveal(ids.constFirst(), true);
}

ChartImportDialog *FigureStrip::addChart(const QString &path)
{
    if (!editable())
        return nullptr;
    auto file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Chart from metrics file"), lastDirectory(),
                                            FigureInput::metricsFilter());
        if (file.isEmpty())
            return nullptr;
        rememberDirectory(file);
    }
    auto *dialog = new ChartImportDialog(m_document.review(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFile(file);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->data() || !editable())
            return;
        auto figure = dialog->figure();
        figure.section = m_section;
        hideMessage();
        const auto id = model::commands::insertRow(m_document, figure);
        if (id != 0)
            reveal(id, true);
    });
    // Not exec(): a drop that opens the dialog returns at once, and the strip stays usable in tests.
    dialog->open();
    return dialog;
}

QString FigureStrip::message() const
{
    return m_message->isHidden() ? QString() : m_messageText->text();
}

void FigureStrip::showMessage(const QString &text)
{
    m_messageText->setText(text);
    m_message->show();
    Q_EMIT refused(text);
    // Pasted into a text field at the top of a long page, the refusal would be out of sight.
    QPointer<QWidget> message(m_message);
    QTimer::singleShot(0, this, [this, message] {
        for (auto *widget = parentWidget(); widget && message; widget = widget->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(widget)) {
                area->ensureWidgetVisible(message, 0, 24);
                return;
            }
        }
    });
}

void FigureStrip::hideMessage()
{
    m_message->hide();
    m_messageText->clear();
}

void FigureStrip::reveal(qint64 id, bool focusCaption)
{
    // After the layout placed the new card.
    QTimer::singleShot(0, this, [this, id, focusCaption] {
        auto *target = card(id);
        if (!target)
            return;
        if (focusCaption)
            target->captionEdit()->setFocus(Qt::OtherFocusReason);
        for (auto *widget = parentWidget(); widget; widget = widget->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(widget)) {
                if (area->widget() && area->widget()->layout())
                    area->widget()->layout()->activate();
                area->ensureWidgetVisible(target, 0, 24);
                return;
            }
        }
    });
}

QString FigureStrip::lastDirectory() const
{
    const auto directory = QSettings().value(directoryKey).toString();
    return !directory.isEmpty() && QFileInfo(directory).isDir() ? directory : QDir::homePath();
}

void FigureStrip::rememberDirectory(const QString &path)
{
    QSettings().setValue(directoryKey, QFileInfo(path).absolutePath());
}

} // namespace hindsight::editor
