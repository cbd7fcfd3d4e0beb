#pragma once

#include "core/common/clock.h"
#include "core/engine/eventcatalog.h"
#include "core/space/change.h"
#include "core/space/eventspace.h"
#include "ui/seatmap/seatmapmodel.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QRgb>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace tessera {

class SeatMapRenderer;

/// The live seat map of one event: a single widget that draws every seat straight from the
/// event space's state arrays (no item per seat), culled to the exposed area, at three levels of
/// detail (see SeatMapDetail). Seats are selected with the mouse (click, ctrl-click, rubber band)
/// or the keyboard; only available seats can be selected. Changes in the space reach the map as
/// lists of seat indices (seatsChanged) and are repainted at most about 60 times a second, each
/// time only where seats changed.
///
/// Controls: wheel or +/- zooms (around the pointer), 0 fits the venue; middle-button drag,
/// Space+drag, the scroll bars or Ctrl+arrows pan; arrows pan at overview and move the focus seat
/// when seats are shown, Space selects or deselects the focus seat; Escape clears the selection.
class SeatMapView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;
    Q_DISABLE_COPY_MOVE(SeatMapView)

    /// Shows an event: its layout from `entry`, its live state from `space` (which must outlive
    /// the view or the next setEvent). Clears the selection and fits the venue to the view.
    /// Passing nullptr for either shows an empty map.
    void setEvent(std::shared_ptr<const CatalogEntry> entry, const EventSpace *space);
    /// A new entry of the shown event with the same places (renamed, re-priced, a block reason):
    /// keeps the selection, the zoom and the seat cursor.
    void setEntry(std::shared_ptr<const CatalogEntry> entry);
    std::shared_ptr<const CatalogEntry> entry() const { return m_model.entry; }
    const EventSpace *space() const { return m_model.space; }

    /// The terminal's holder id: seats it holds are drawn as "held by you".
    void setOwnHolder(HolderId holder);
    HolderId ownHolder() const { return m_model.ownHolder; }
    /// Turns holder ids into names for the tooltip ("Till 3", "web customer").
    void setHolderNameResolver(std::function<QString(HolderId)> resolver);
    /// The clock hold countdowns are measured against; the system clock by default.
    void setClock(const Clock *clock);

    const SeatSelection &selection() const { return m_model.selection; }
    QList<quint32> selectedSeats() const { return m_model.selection.seats(); }
    qint64 selectedTotalCents() const;
    /// Replaces the selection with the available seats among `seats`.
    void setSelectedSeats(const QList<quint32> &seats);

    /// Pixels per layout unit, and the level of detail it gives.
    double scale() const { return m_transform.scale; }
    /// Where the section names are drawn at the current zoom (view pixels), one per section;
    /// empty for a section too small to be named, or out of view when seats are drawn close up.
    QList<QRectF> sectionLabelRects() const;
    /// The row names drawn in the view at the current zoom (none until seat numbers show).
    QList<SeatMapRowLabel> rowLabels() const;
    SeatMapDetail detail() const;
    /// Zooms to `scale` (clamped to the allowed range) keeping the layout point under
    /// `anchor` (view coordinates) where it is.
    void setScale(double scale, QPointF anchor);
    void setScale(double scale);
    /// Scrolls so that the layout point is in the middle of the view.
    void centreOn(QPointF layoutPoint);
    /// Scrolls the least needed to show the seat with a margin around it.
    void ensureSeatVisible(quint32 seat);
    /// Shows seats the clerk did not pick on the map (best available, a hold taken back): when
    /// the view draws no single seats (a large venue zoomed out) or one of them is out of view,
    /// zooms to where seats are drawn one by one (less when that would not fit them all) and
    /// centres on them below the top band. Changes nothing when they are in view already.
    void showSeats(const QList<quint32> &seats);

    QPointF mapToLayout(QPointF viewPoint) const { return m_transform.toLayout(viewPoint); }
    QPointF mapFromLayout(QPointF layoutPoint) const { return m_transform.toView(layoutPoint); }
    /// Where the seat is drawn, in viewport coordinates (for tests and tools that click seats).
    QPointF seatCentreInView(quint32 seat) const;
    /// The seat drawn under a viewport point, or SeatGeometry::kNoSeat.
    quint32 seatAt(QPointF viewPoint) const;
    /// The standing area under a viewport point, or kNoIndex.
    quint32 standingAreaAt(QPointF viewPoint) const;

    /// The seat the keyboard acts on, or SeatGeometry::kNoSeat.
    quint32 focusSeat() const { return m_model.focusSeat; }
    void setFocusSeat(quint32 seat);

    /// The hover text of a seat: section, row, seat, category, price, state, holder, time left.
    QString seatToolTip(quint32 seat) const;
    /// Which mouse and keys do what, for Help > Mouse and keys and the empty-space tooltip.
    static QString controlsHelp();
    /// The short form for the status bar, one line that points to F1 for the rest.
    static QString controlsHint();

    const SeatGeometry &geometry() const { return m_model.geometry; }

    /// Keeps the top `pixels` of the view free of the venue: the fitted view places the venue
    /// below them, and at any zoom the top of the venue can be scrolled below them. A message
    /// strip floating over the map (MainWindow) then covers no seat when it comes.
    void setTopBand(int pixels);
    int topBand() const { return m_topBand; }

    /// Takes the seat and standing-area changes of this view's event from a batch read from the
    /// change feed, and marks them for the next repaint.
    void applyChanges(std::span<const Change> changes);
    /// Applies pending changes and schedules their repaint now instead of at the next frame tick.
    void flushChanges();

    /// Flashes seats in a colour drawn over their state, fading out over `fadeMs` (the
    /// simulation shows which unit touched a seat). Only the newest kMaxFlashes flashes are kept;
    /// a seat flashed again restarts its fade. Repainted about 30 times a second while any fade.
    void flashSeats(std::span<const std::pair<quint32, QRgb>> flashes);
    void clearFlashes();
    int flashingSeatCount() const { return static_cast<int>(m_flashes.size()); }
    void setFlashFadeMs(int fadeMs) { m_flashFadeMs = std::max(1, fadeMs); }
    static constexpr size_t kMaxFlashes = 4096;

public Q_SLOTS:
    /// Marks seats whose state may have changed; repainted at the next frame (coalesced).
    void seatsChanged(const QList<quint32> &seats);
    /// Marks standing areas whose counters may have changed.
    void standingAreasChanged(const QList<quint32> &areas);
    void zoomIn();
    void zoomOut();
    void fitToView();
    void clearSelection();

Q_SIGNALS:
    void selectionChanged(int count, qint64 totalCents);
    /// A standing area was clicked (or Enter pressed on it), to sell places by quantity.
    void standingAreaActivated(quint32 area);
    void scaleChanged(double scale);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag {
        None,
        Pending,
        RubberBand,
        Pan
    };

    void updateTransform();
    void updateScrollBars();
    /// After the view's room changed: refits when following the fit, else keeps the zoom (within
    /// its bounds) and `centre` (a layout point) at the centre of the view.
    void refit(QPointF centre);
    double fitScale() const;
    /// Where the top of the scene is in the content at `scale`: below the top band, and
    /// centred in the rest of the view when the venue is smaller than it.
    double centringY(double scale) const;
    double minimumScale() const;
    double maximumScale() const;
    void onFrameTick();
    void selectionEdited(const std::vector<quint32> &seats);
    void emitSelection();
    void finishRubberBand(bool add);
    void moveFocus(QPointF direction);
    void panBy(QPointF pixels);
    void showToolTip(QPoint viewPoint, QPoint globalPoint);
    void onFlashTick();
    void paintFlashes(QPainter &painter, const QRect &exposed);
    const QPixmap &flashSprite(QRgb colour, int level, double radius, bool antialiased, qreal dpr);

    SeatMapModel m_model;
    std::unique_ptr<SeatMapRenderer> m_renderer;
    SeatMapTransform m_transform;
    std::function<QString(HolderId)> m_holderName;
    const Clock *m_clock = Clock::system();

    // Live changes, coalesced to frames.
    std::vector<quint32> m_dirtySeats;
    std::vector<bool> m_dirtyMark;
    bool m_standingDirty = false;
    QTimer m_frameTimer;
    QElapsedTimer m_sinceFrame;

    // Seat flashes (seatmapflash.cpp): newest last, one per seat.
    struct Flash
    {
        quint32 seat;
        QRgb colour;
        qint64 startMs;
    };
    std::vector<Flash> m_flashes;
    std::vector<qint32> m_flashSlot; ///< by seat: index into m_flashes, or -1
    QTimer m_flashTimer;
    QElapsedTimer m_flashClock;
    int m_flashFadeMs = 700;
    /// Flash discs drawn once per colour and fade step (key: level << 32 | colour), for the
    /// radius and device pixel ratio they were drawn at.
    QHash<quint64, QPixmap> m_flashSprites;
    double m_flashSpriteRadius = 0;
    qreal m_flashSpriteDpr = 0;

    // Mouse and keyboard state.
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_pressCtrl = false;
    QRect m_rubberBand;
    bool m_spaceHeld = false;
    bool m_spacePanned = false;
    bool m_followFit = true; ///< refit on resize until the user zooms or pans
    int m_topBand = 0;       ///< see setTopBand
};

} // namespace tessera
