#pragma once

#include <QAbstractTableModel>

class QUndoStack;

namespace tessera {

class LayoutDocument;

/// The standing areas of the edited layout as an editable table: name, category (key), capacity
/// and the rectangle (x, y, width, height in layout units). Every edit is an undo command;
/// invalid values (empty name, unknown category, negative capacity or size) are refused.
class StandingAreaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CategoryColumn,
        CapacityColumn,
        XColumn,
        YColumn,
        WidthColumn,
        HeightColumn,
        ColumnCount
    };

    StandingAreaModel(LayoutDocument &document, QUndoStack &undo, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StandingAreaModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds an area of `capacity` places at (x, y) in `category`; returns its row.
    int addArea(const QString &name, const QString &category, int capacity, QRectF rect);
    bool removeArea(int row);

signals:
    /// An edit was refused and nothing changed: what is wrong with the value, for the user.
    void editRefused(const QString &message);

private:
    LayoutDocument &m_document;
    QUndoStack &m_undo;
    int m_rows = 0; ///< the row count the views know
};

} // namespace tessera
