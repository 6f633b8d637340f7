// SPDX-FileCopyrightText: Hindsight contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rows.h"
#include "types.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <optional>

namespace hindsight::model {

class ReviewDocument;

// The review as a tree: one top-level row per template section (then one for additional
// notes, one for figures and one for reviewers), and under the tabular sections (authors, timeline, lessons, actions,
// additional notes, figures) their rows, with one column per RowTraits column. A table view shows a section by taking
// its index as root index.
//
// Edits through setData() push undo commands on the document; the document alone changes the
// data and tells the model.
class ReviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewModel)

public:
    enum class Role {
        SectionKey = Qt::UserRole + 1, // int (SectionKey), top-level rows of template sections
        SectionState,                  // int (SectionState)
        Visibility,                    // int (Visibility), sections and rows that have one
        RowId,                         // qint64, rows
        OpenComments,                  // int, template sections and rows: open comment threads about them
    };
    // The colour that marks a row with open comment threads (Qt::DecorationRole of its first
    // column): item views draw it as a swatch.
    static QColor commentMarkColor();
    static constexpr int AdditionalNotesRow = RowTraits<AdditionalNote>::topLevelRow;
    // The figures of every section, in list order (each row names its section). Not a section:
    // the section list hides it, and section pages show the figures of their own section.
    static constexpr int FiguresRow = RowTraits<Figure>::topLevelRow;
    // The reviewers (not a section either: the section list hides it).
    static constexpr int ReviewersRow = RowTraits<Reviewer>::topLevelRow;
    // The timeline has one column more than it stores: the time since the incident started
    // ("T+01:42:13"), read-only. Columns past RowTraits<TimelineEvent>::ColumnCount are derived.
    static constexpr int TimelineRelativeColumn = RowTraits<TimelineEvent>::RelativeTime;

    explicit ReviewModel(ReviewDocument *document);

    QModelIndex sectionIndex(SectionKey key) const;
    QModelIndex additionalNotesIndex() const;
    // The top-level index holding the rows of typeIndex (RowTraits<Row>::typeIndex).
    QModelIndex parentForType(int typeIndex) const;
    int typeIndexOf(const QModelIndex &parent) const; // -1 when it holds no rows

    // How a time is shown in tables: in the review's display zone, to its precision.
    QString formatTime(const QDateTime &utc, TimePrecision precision) const;
    QTimeZone displayZone() const { return m_zone; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    friend class ReviewDocument;
    void beginInsert(int typeIndex, int row);
    void endInsert();
    void beginRemove(int typeIndex, int row);
    void endRemove();
    void rowChanged(int typeIndex, int row, int column);
    void sectionChanged(std::optional<SectionKey> key); // nullopt: additional notes
    void timeZoneChanged();
    void commentsChanged();

    QVariant sectionData(int row, int role) const;
    QVariant rowData(int typeIndex, int row, int column, int role) const;
    void relativeTimesChanged();

    ReviewDocument *m_document;
    QTimeZone m_zone;
    QDateTime m_start; // the incident start the relative times were last told for
    // Open comment threads per template section, and per row (by table, then row id).
    std::array<int, SectionCount> m_openThreads{};
    QHash<QString, QHash<qint64, int>> m_openThreadsOnRows;
};

} // namespace hindsight::model
