#include "ui/layouteditor/layoutdocument.h"

#include <QRegularExpression>

namespace tessera {

LayoutDocument::LayoutDocument(QObject *parent)
    : QObject(parent)
{}

void LayoutDocument::setLayout(const VenueLayout &layout)
{
    m_layout = layout;
    resetSelection();
    emit structureChanged();
    emit categoriesChanged();
    emit standingAreasChanged();
}

void LayoutDocument::replaceSeats(const QList<qsizetype> &indices, const QList<LayoutSeat> &seats)
{
    bool moved = false;
    for (qsizetype k = 0; k < indices.size(); ++k) {
        LayoutSeat &target = m_layout.seats[indices[k]];
        moved = moved || target.x != seats[k].x || target.y != seats[k].y;
        target = seats[k];
    }
    emit seatsEdited(indices, moved);
}

void LayoutDocument::appendSeats(const QList<LayoutSeat> &seats)
{
    m_layout.seats.append(seats);
    resetSelection();
    emit structureChanged();
}

void LayoutDocument::removeLastSeats(qsizetype count)
{
    m_layout.seats.resize(m_layout.seats.size() - count);
    resetSelection();
    emit structureChanged();
}

QList<LayoutSeat> LayoutDocument::takeSeats(const QList<qsizetype> &indices)
{
    QList<LayoutSeat> taken;
    taken.reserve(indices.size());
    QList<LayoutSeat> kept;
    kept.reserve(m_layout.seats.size() - indices.size());
    qsizetype next = 0;
    for (qsizetype i = 0; i < m_layout.seats.size(); ++i) {
        if (next < indices.size() && indices[next] == i) {
            taken.append(m_layout.seats[i]);
            ++next;
        } else {
            kept.append(m_layout.seats[i]);
        }
    }
    m_layout.seats = std::move(kept);
    resetSelection();
    emit structureChanged();
    return taken;
}

void LayoutDocument::insertSeats(const QList<qsizetype> &indices, const QList<LayoutSeat> &seats)
{
    QList<LayoutSeat> merged;
    const qsizetype total = m_layout.seats.size() + seats.size();
    merged.reserve(total);
    qsizetype next = 0, old = 0;
    for (qsizetype i = 0; i < total; ++i) {
        if (next < indices.size() && indices[next] == i)
            merged.append(seats[next++]);
        else
            merged.append(m_layout.seats[old++]);
    }
    m_layout.seats = std::move(merged);
    resetSelection();
    emit structureChanged();
}

void LayoutDocument::setCategories(const QList<PriceCategory> &categories)
{
    m_layout.categories = categories;
    emit categoriesChanged();
}

void LayoutDocument::setStandingAreas(const QList<StandingArea> &areas)
{
    m_layout.standingAreas = areas;
    emit standingAreasChanged();
}

QList<qsizetype> LayoutDocument::selectedSeats() const
{
    QList<qsizetype> seats;
    seats.reserve(m_selectedCount);
    for (size_t i = 0; i < m_selected.size(); ++i) {
        if (m_selected[i])
            seats.append(qsizetype(i));
    }
    return seats;
}

void LayoutDocument::setSelection(const QList<qsizetype> &seats)
{
    std::fill(m_selected.begin(), m_selected.end(), false);
    m_selectedCount = 0;
    addToSelection(seats);
}

void LayoutDocument::addToSelection(const QList<qsizetype> &seats)
{
    for (qsizetype seat : seats) {
        if (seat >= 0 && size_t(seat) < m_selected.size() && !m_selected[size_t(seat)]) {
            m_selected[size_t(seat)] = true;
            ++m_selectedCount;
        }
    }
    emit selectionChanged();
}

void LayoutDocument::toggleSelected(qsizetype seat)
{
    if (seat < 0 || size_t(seat) >= m_selected.size())
        return;
    const bool now = !m_selected[size_t(seat)];
    m_selected[size_t(seat)] = now;
    m_selectedCount += now ? 1 : -1;
    emit selectionChanged();
}

void LayoutDocument::clearSelection()
{
    if (m_selectedCount == 0)
        return;
    setSelection({});
}

QString LayoutDocument::freeCategoryId(const QString &name) const
{
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString base = name.toLower().replace(notAllowed, QStringLiteral("-")).left(24);
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("category");
    QString id = base;
    for (int n = 2; m_layout.findCategory(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

void LayoutDocument::resetSelection()
{
    m_selected.assign(size_t(m_layout.seats.size()), false);
    m_selectedCount = 0;
    emit selectionChanged();
}

} // namespace tessera
