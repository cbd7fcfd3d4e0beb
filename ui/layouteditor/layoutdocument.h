#pragma once

#include "core/domain/layout.h"

#include <QList>
#include <QObject>

#include <vector>

namespace tessera {

/// The layout being edited, with the seat selection. Every change to the layout goes through
/// the undo commands (layoutcommands.h), which call the mutators here; views listen to the
/// signals. The selection is not part of the undo history.
class LayoutDocument final : public QObject
{
    Q_OBJECT

public:
    explicit LayoutDocument(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LayoutDocument)

    const VenueLayout &layout() const { return m_layout; }
    qsizetype seatCount() const { return m_layout.seats.size(); }
    const LayoutSeat &seat(qsizetype index) const { return m_layout.seats.at(index); }

    // Mutators for the undo commands.
    void setLayout(const VenueLayout &layout);
    /// Replaces seats[indices[k]] by seats[k]; indices ascending.
    void replaceSeats(const QList<qsizetype> &indices, const QList<LayoutSeat> &seats);
    void appendSeats(const QList<LayoutSeat> &seats);
    void removeLastSeats(qsizetype count);
    /// Removes the seats at `indices` (ascending) and returns them in that order.
    QList<LayoutSeat> takeSeats(const QList<qsizetype> &indices);
    /// Puts seats back at `indices` (ascending, positions in the resulting list).
    void insertSeats(const QList<qsizetype> &indices, const QList<LayoutSeat> &seats);
    void setCategories(const QList<PriceCategory> &categories);
    void setStandingAreas(const QList<StandingArea> &areas);

    // Selection (seat indices).
    const std::vector<bool> &selectionMask() const { return m_selected; }
    bool isSelected(qsizetype seat) const
    {
        return seat >= 0 && size_t(seat) < m_selected.size() && m_selected[size_t(seat)];
    }
    /// The selected seats in ascending order.
    QList<qsizetype> selectedSeats() const;
    qsizetype selectedCount() const { return m_selectedCount; }
    void setSelection(const QList<qsizetype> &seats);
    void addToSelection(const QList<qsizetype> &seats);
    void toggleSelected(qsizetype seat);
    void clearSelection();

    /// A category key made from `name` that the layout does not use yet ("stalls", "stalls-2").
    QString freeCategoryId(const QString &name) const;

Q_SIGNALS:
    /// Seats were added, removed or reordered, or the whole layout changed: indices are stale.
    void structureChanged();
    /// Properties of these seats changed (position, category, label, flags); indices stay valid.
    void seatsEdited(const QList<qsizetype> &seats, bool positionsChanged);
    void categoriesChanged();
    void standingAreasChanged();
    void selectionChanged();

private:
    void resetSelection();

    VenueLayout m_layout;
    std::vector<bool> m_selected;
    qsizetype m_selectedCount = 0;
};

} // namespace tessera
