// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureimageview.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

#include <algorithm>
#include <climits>

namespace hindsight::editor {

FigureImageView::FigureImageView(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FigureImageView::setImage(const QByteArray &bytes)
{
    // Called on every change of the review's figures: decoding again only when the picture
    // changed keeps typing a caption cheap.
    if (bytes.isSharedWith(m_bytes) || (!m_decoded.isNull() && bytes == m_bytes))
        return;
    m_bytes = bytes;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > MaxDecodedSide)
        reader.setScaledSize(size.scaled(MaxDecodedSide, MaxDecodedSide, Qt::KeepAspectRatio));
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    m_decoded = reader.read();
    m_imageSize = m_decoded.isNull() ? QSize() : (size.isValid() ? size : m_decoded.size());
    m_scaled = QPixmap();
    updateGeometry();
    update();
}

QSize FigureImageView::fittedSize(int width) const
{
    if (m_imageSize.isEmpty())
        return {std::max(width, 1), fontMetrics().height() * 3};
    QSize size = m_imageSize;
    if (size.width() > width)
        size = size.scaled(std::max(width, 1), INT_MAX, Qt::KeepAspectRatio);
    if (size.height() > MaxHeight)
        size = size.scaled(INT_MAX, MaxHeight, Qt::KeepAspectRatio);
    return size.expandedTo(QSize(1, 1));
}

int FigureImageView::heightForWidth(int width) const
{
    return fittedSize(width).height();
}

QSize FigureImageView::sizeHint() const
{
    const int width = m_imageSize.isEmpty() ? 320 : std::min(m_imageSize.width(), 640);
    return {width, heightForWidth(width)};
}

QSize FigureImageView::minimumSizeHint() const
{
    return {32, heightForWidth(32)};
}

QRect FigureImageView::imageRect() const
{
    return QRect(QPoint(0, 0), fittedSize(width()));
}

QPixmap FigureImageView::displayedPixmap() const
{
    if (m_decoded.isNull())
        return {};
    const qreal ratio = devicePixelRatioF();
    const QSize target = imageRect().size() * ratio;
    if (m_scaled.size() != target) {
        m_scaled = QPixmap::fromImage(m_decoded.size() == target
                                          ? m_decoded
                                          : m_decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        m_scaled.setDevicePixelRatio(ratio);
    }
    return m_scaled;
}

void FigureImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect rect = imageRect();
    if (m_decoded.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("This image cannot be shown."));
        return;
    }
    painter.drawPixmap(rect.topLeft(), displayedPixmap());
    // A screenshot's white edge would melt into the card without a line around it.
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
}

void FigureImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    update();
}

} // namespace hindsight::editor
