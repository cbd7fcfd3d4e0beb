#pragma once

#include <QAbstractTableModel>

class QUndoStack;

namespace tessera {

class LayoutDocument;

/// The price categories of the edited layout as an editable table: name, colour ("#rrggbb",
/// shown as a swatch), price (entered and shown as currency, stored in cents). Every edit is an
/// undo command; an invalid value (empty name, bad colour, negative price) is refused.
class CategoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ColourColumn,
        PriceColumn,
        ColumnCount
    };

    CategoryModel(LayoutDocument &document, QUndoStack &undo, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CategoryModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds a category with a free key and a colour not used yet; returns its row.
    int addCategory(const QString &name, qint64 priceCents);
    /// Removes a category no seat or standing area uses; false (and nothing changes) otherwise.
    bool removeCategory(int row);

signals:
    /// An edit was refused and nothing changed: what is wrong with the value, for the user.
    void editRefused(const QString &message);

private:
    LayoutDocument &m_document;
    QUndoStack &m_undo;
    int m_rows = 0; ///< the row count the views know
};

} // namespace tessera
