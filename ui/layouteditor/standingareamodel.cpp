#include "ui/layouteditor/standingareamodel.h"

#include "core/common/ids.h"
#include "ui/layouteditor/layoutcommands.h"
#include "ui/layouteditor/layoutdocument.h"

#include <QRectF>
#include <QUndoStack>

#include <cmath>

namespace tessera {

StandingAreaModel::StandingAreaModel(LayoutDocument &document, QUndoStack &undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_undo(undo)
{
    connect(&m_document, &LayoutDocument::standingAreasChanged, this, [this] {
        // Edits keep the rows: report them as changed data; adding or removing resets.
        if (int(m_document.layout().standingAreas.size()) == m_rows) {
            if (m_rows > 0)
                emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
            return;
        }
        beginResetModel();
        m_rows = int(m_document.layout().standingAreas.size());
        endResetModel();
    });
    m_rows = int(m_document.layout().standingAreas.size());
    connect(&m_document, &LayoutDocument::categoriesChanged, this, [this] {
        // A whole new layout announces its categories first; the areas' reset follows.
        if (m_rows > 0 && m_rows == int(m_document.layout().standingAreas.size()))
            emit dataChanged(index(0, CategoryColumn), index(m_rows - 1, CategoryColumn));
    });
}

int StandingAreaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StandingAreaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandingAreaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StandingArea &area = m_document.layout().standingAreas.at(index.row());
    if (role == Qt::DisplayRole && index.column() == CategoryColumn) {
        const PriceCategory *category = m_document.layout().findCategory(area.category);
        return category ? category->name : tr("%1 (undefined)").arg(area.category);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return area.name;
    case CategoryColumn:
        return area.category;
    case CapacityColumn:
        return area.capacity;
    case XColumn:
        return area.x;
    case YColumn:
        return area.y;
    case WidthColumn:
        return area.width;
    case HeightColumn:
        return area.height;
    default:
        return {};
    }
}

QVariant StandingAreaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Standing area");
    case CategoryColumn:
        return tr("Category");
    case CapacityColumn:
        return tr("Capacity");
    case XColumn:
        return tr("X");
    case YColumn:
        return tr("Y");
    case WidthColumn:
        return tr("Width");
    case HeightColumn:
        return tr("Height");
    default:
        return {};
    }
}

Qt::ItemFlags StandingAreaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool StandingAreaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    QList<StandingArea> areas = m_document.layout().standingAreas;
    StandingArea &area = areas[index.row()];
    bool ok = true;
    QString refusal;
    const QString name = area.name;
    switch (index.column()) {
    case NameColumn:
        area.name = value.toString().trimmed();
        ok = !area.name.isEmpty();
        refusal = tr("A standing area needs a name; %1 keeps its name.").arg(name);
        break;
    case CategoryColumn:
        area.category = value.toString();
        ok = m_document.layout().findCategory(area.category) != nullptr;
        refusal = tr("Choose one of the price categories for %1.").arg(name);
        break;
    case CapacityColumn:
        area.capacity = value.toInt(&ok);
        ok = ok && area.capacity > 0;
        refusal = tr("%1 needs room for at least one person: enter a whole number above 0.").arg(name);
        break;
    default: {
        const double number = value.toDouble(&ok);
        ok = ok && std::isfinite(number);
        if (index.column() == XColumn)
            area.x = number;
        else if (index.column() == YColumn)
            area.y = number;
        else if (index.column() == WidthColumn)
            area.width = number, ok = ok && number >= 0;
        else
            area.height = number, ok = ok && number >= 0;
        refusal = tr("Enter a number (sizes 0 or more) for %1.").arg(name);
        break;
    }
    }
    if (!ok) {
        emit editRefused(refusal);
        return false;
    }
    if (areas == m_document.layout().standingAreas)
        return false;
    m_undo.push(new SetStandingAreasCommand(m_document, tr("Edit standing area %1").arg(area.name),
                                            std::move(areas)));
    return true;
}

int StandingAreaModel::addArea(const QString &name, const QString &category, int capacity, QRectF rect)
{
    QList<StandingArea> areas = m_document.layout().standingAreas;
    StandingArea area;
    area.id = newUuid();
    area.name = name;
    area.category = category;
    area.capacity = capacity;
    area.x = rect.x();
    area.y = rect.y();
    area.width = rect.width();
    area.height = rect.height();
    areas.append(area);
    m_undo.push(
        new SetStandingAreasCommand(m_document, tr("Add standing area %1").arg(name), std::move(areas)));
    return int(m_document.layout().standingAreas.size()) - 1;
}

bool StandingAreaModel::removeArea(int row)
{
    QList<StandingArea> areas = m_document.layout().standingAreas;
    if (row < 0 || row >= areas.size())
        return false;
    const QString name = areas.takeAt(row).name;
    m_undo.push(
        new SetStandingAreasCommand(m_document, tr("Remove standing area %1").arg(name), std::move(areas)));
    return true;
}

} // namespace tessera
