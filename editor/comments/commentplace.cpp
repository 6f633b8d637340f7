// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentplace.h"

#include "editor/checks/checklocator.h"
#include "editor/sections/sectioneditor.h"
#include "editor/widgets/markdownedit.h"
#include "editor/widgets/rowtable.h"
#include "model/comments.h"
#include "model/names.h"
#include "model/reviewmodel.h"
#include "model/rows.h"

#include <QTableView>
#include <QTextCursor>

namespace hindsight::editor {

namespace {

// The tables whose rows a comment may be about, by their type index.
QString commentableTable(int typeIndex)
{
    return model::visitRowType(typeIndex, []<typename Row>() -> QString {
        if constexpr (std::is_same_v<Row, model::TimelineEvent> || std::is_same_v<Row, model::ActionItem> ||
                      std::is_same_v<Row, model::Lesson> || std::is_same_v<Row, model::Figure>)
            return QString::fromLatin1(model::RowTraits<Row>::sqlTable);
        else
            return QString();
    });
}

template <typename W>
W *enclosing(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto *found = qobject_cast<W *>(widget))
            return found;
    }
    return nullptr;
}

} // namespace

std::optional<model::CommentAnchor> commentAnchorAt(const SectionEditor &editor, QWidget *focus)
{
    const int page = editor.currentSection();
    if (page < 0 || page >= model::SectionCount)
        return std::nullopt;
    model::CommentAnchor anchor;
    anchor.section = model::SectionKey(page);
    if (auto *edit = qobject_cast<MarkdownEdit *>(focus); edit && edit->field() && edit->textCursor().hasSelection()) {
        const auto cursor = edit->textCursor();
        anchor.kind = model::AnchorKind::Passage;
        anchor.section = model::sectionOfField(*edit->field());
        anchor.field = model::fieldName(*edit->field());
        // QTextCursor marks paragraph ends with U+2029; the field's text has line feeds.
        anchor.quote = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        anchor.position = cursor.selectionStart();
        return anchor;
    }
    if (auto *table = enclosing<RowTable>(focus)) {
        const auto index = table->view()->currentIndex();
        const QString name = commentableTable(table->typeIndex());
        if (index.isValid() && !name.isEmpty()) {
            anchor.kind = model::AnchorKind::Row;
            anchor.rowTable = name;
            anchor.rowId = index.data(int(model::ReviewModel::Role::RowId)).toLongLong();
            return anchor;
        }
    }
    return anchor;
}

QWidget *goToCommentAnchor(SectionEditor &editor, const model::Review &review, const model::CommentAnchor &anchor)
{
    model::CheckLocation location;
    location.section = anchor.section;
    if (anchor.kind == model::AnchorKind::Passage)
        location.field = model::passageField(anchor);
    else if (anchor.kind == model::AnchorKind::Row && model::anchorExists(review, anchor))
        location.rowId = anchor.rowId;
    auto *widget = goToCheckLocation(editor, location);
    if (auto *edit = qobject_cast<MarkdownEdit *>(widget)) {
        const auto place = model::locateAnchor(review, anchor);
        if (place.found()) {
            QTextCursor cursor(edit->document());
            cursor.setPosition(place.start);
            cursor.setPosition(place.start + place.length, QTextCursor::KeepAnchor);
            edit->setTextCursor(cursor);
            edit->ensureCursorVisible();
        }
    }
    return widget;
}

} // namespace hindsight::editor
