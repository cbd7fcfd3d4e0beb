#include "ui/layouteditor/categorymodel.h"

#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"
#include "ui/mainwindow/uisupport.h"

#include <QColor>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

const char *const kPalette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};

} // namespace

CategoryModel::CategoryModel(LayoutDocument &document, QUndoStack &undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_undo(undo)
{
    connect(&m_document, &LayoutDocument::categoriesChanged, this, [this] {
        // Edits keep the rows: report them as changed data; adding or removing resets.
        if (int(m_document.layout().categories.size()) == m_rows) {
            if (m_rows > 0)
                emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
            return;
        }
        beginResetModel();
        m_rows = int(m_document.layout().categories.size());
        endResetModel();
    });
    m_rows = int(m_document.layout().categories.size());
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PriceCategory &category = m_document.layout().categories.at(index.row());
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return category.name;
        if (role == Qt::ToolTipRole)
            return tr("Key: %1").arg(category.id);
        break;
    case ColourColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return category.colour;
        if (role == Qt::DecorationRole)
            return QColor::fromString(category.colour);
        break;
    case PriceColumn:
        if (role == Qt::DisplayRole)
            return formatPrice(category.priceCents);
        if (role == Qt::EditRole)
            return double(category.priceCents) / 100.0;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Category");
    case ColourColumn:
        return tr("Colour");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

Qt::ItemFlags CategoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool CategoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    QList<PriceCategory> categories = m_document.layout().categories;
    PriceCategory &category = categories[index.row()];
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty()) {
            emit editRefused(tr("A price category needs a name; %1 keeps its name.").arg(category.name));
            return false;
        }
        if (name == category.name)
            return false;
        category.name = name;
        break;
    }
    case ColourColumn: {
        const QString colour =
            value.userType() == QMetaType::QColor ? value.value<QColor>().name() : value.toString().trimmed();
        if (!isHexColour(colour)) {
            emit editRefused(tr("%1 is not a colour: write it as #rrggbb, like #0d9488.").arg(colour));
            return false;
        }
        if (colour == category.colour)
            return false;
        category.colour = colour;
        break;
    }
    case PriceColumn: {
        bool ok = false;
        const double price = value.userType() == QMetaType::QString
                                 ? QLocale().toDouble(value.toString(), &ok)
                                 : value.toDouble(&ok);
        if (!ok || !(price >= 0) || price > 1e9) {
            emit editRefused(tr("Enter a price of 0 or more, like %1; %2 keeps its price.")
                                 .arg(QLocale().toString(45.0, 'f', 2), category.name));
            return false;
        }
        category.priceCents = std::llround(price * 100);
        break;
    }
    default:
        return false;
    }
    m_undo.push(new SetCategoriesCommand(m_document, tr("Edit category %1").arg(category.name),
                                         std::move(categories)));
    return true;
}

int CategoryModel::addCategory(const QString &name, qint64 priceCents)
{
    QList<PriceCategory> categories = m_document.layout().categories;
    PriceCategory category;
    category.id = m_document.freeCategoryId(name);
    category.name = name;
    category.priceCents = priceCents;
    category.colour = QString::fromLatin1(kPalette[categories.size() % std::size(kPalette)]);
    categories.append(category);
    m_undo.push(new SetCategoriesCommand(m_document, tr("Add category %1").arg(name), std::move(categories)));
    return int(m_document.layout().categories.size()) - 1;
}

bool CategoryModel::removeCategory(int row)
{
    const VenueLayout &layout = m_document.layout();
    if (row < 0 || row >= layout.categories.size())
        return false;
    const QString id = layout.categories.at(row).id;
    const bool used = std::any_of(layout.seats.cbegin(), layout.seats.cend(),
                                  [&](const LayoutSeat &s) { return s.category == id; })
                      || std::any_of(layout.standingAreas.cbegin(), layout.standingAreas.cend(),
                                     [&](const StandingArea &a) { return a.category == id; });
    if (used)
        return false;
    QList<PriceCategory> categories = layout.categories;
    const QString name = categories.takeAt(row).name;
    m_undo.push(
        new SetCategoriesCommand(m_document, tr("Remove category %1").arg(name), std::move(categories)));
    return true;
}

} // namespace tessera
