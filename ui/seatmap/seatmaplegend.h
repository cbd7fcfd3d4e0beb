#pragma once

#include "core/engine/eventcatalog.h"

#include <QWidget>

#include <memory>

class QGridLayout;

namespace tessera {

/// The key to the seat map: one swatch per price category with its name and price, then the
/// colours of the seat states (selected, held by you, held by someone else, sold, blocked) and
/// the wheelchair-place mark. Uses the same palette as SeatMapView.
class SeatMapLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMapLegend(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SeatMapLegend)

    /// Lists the categories of the event's layout; nullptr lists only the states.
    void setEntry(std::shared_ptr<const CatalogEntry> entry);
    /// The texts of the rows in order, for tests and accessibility.
    QStringList entries() const;

private:
    void rebuild();
    void addRow(const QPixmap &swatch, const QString &text, const QString &toolTip);

    std::shared_ptr<const CatalogEntry> m_entry;
    QGridLayout *m_grid;
    QStringList m_texts;
};

} // namespace tessera
