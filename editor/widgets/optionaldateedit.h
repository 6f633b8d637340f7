// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace hindsight::editor {

// A date that may be unset ("Not set"), such as an action's due date. QDateEdit cannot hold an
// invalid date, so its minimum stands for "unset". Ctrl+Delete (or Delete on the whole text)
// clears it; stepping or typing on an unset date starts from today.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate value() const; // invalid when unset
    void setValue(QDate date);
    bool isSet() const;
    void clear() override;
    void stepBy(int steps) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void startFromToday();
};

} // namespace hindsight::editor
