// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace hindsight::editor {

// A figure's picture, fitted to the width it is given and never enlarged. The stored bytes are
// only read: a display copy is decoded once (a huge screenshot at a bounded size, through
// QImageReader::setScaledSize) and scaled to the widget's size when that changes.
class FigureImageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureImageView)

public:
    // Taller pictures are shown smaller, so that one screenshot does not fill the page.
    static constexpr int MaxHeight = 420;
    // The display copy's longest side: enough for a full-width figure on a 4K screen.
    static constexpr int MaxDecodedSide = 2560;

    explicit FigureImageView(QWidget *parent = nullptr);

    void setImage(const QByteArray &bytes);
    // The picture's size as stored, in pixels; empty when the bytes cannot be decoded.
    QSize imageSize() const { return m_imageSize; }
    // Where the picture is drawn, in this widget's coordinates.
    QRect imageRect() const;
    // The pixmap drawn at the current size (device pixels; see devicePixelRatio()).
    QPixmap displayedPixmap() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize fittedSize(int width) const;

    QByteArray m_bytes;
    QImage m_decoded;
    QSize m_imageSize;
    mutable QPixmap m_scaled;
};

} // namespace hindsight::editor
