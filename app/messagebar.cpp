// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace hindsight::app {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    static const char *styles[] = {
        "hindsight--app--MessageBar { background: #e3f0fb; border-bottom: 1px solid #9cc3e6; } QLabel { color: "
        "#0b3a5e; }",
        "hindsight--app--MessageBar { background: #fff4d6; border-bottom: 1px solid #e6c56a; } QLabel { color: "
        "#5c4300; }",
        "hindsight--app--MessageBar { background: #fde2e0; border-bottom: 1px solid #e79b94; } QLabel { color: "
        "#6b1610; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace hindsight::app
