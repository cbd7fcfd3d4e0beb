#include "core/layout/demodata.h"
#include "tests/ui/venuefixtures.h"
#include "ui/seatmap/seatmaplegend.h"
#include "ui/seatmap/seatmappalette.h"
#include "ui/seatmap/seatmapview.h"

#include <QDir>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace tessera;
using namespace tessera::fixtures;

namespace {

constexpr HolderId kMe = 1;
constexpr HolderId kOther = 7;

/// Seat index of the small hall: row index (Stalls A = 0 ... Gallery A = 6) and seat number.
quint32 hallSeat(int row, int number)
{
    return static_cast<quint32>(row * 12 + number - 1);
}

SpaceResult holdSeats(LiveVenue &venue, HolderId holder, const QList<quint32> &seats, qint64 ttlMs = 300'000)
{
    SpaceCommand command;
    command.op = SpaceOp::Hold;
    command.event = venue.event->index();
    command.holder = holder;
    command.ttlMs = ttlMs;
    for (const quint32 seat : seats)
        command.seats.append(seat);
    return venue.space.apply(command);
}

bool sellSeats(LiveVenue &venue, HolderId holder, const QList<quint32> &seats)
{
    const SpaceResult held = holdSeats(venue, holder, seats);
    SpaceCommand sell;
    sell.op = SpaceOp::Sell;
    sell.event = venue.event->index();
    sell.holder = holder;
    sell.hold = held.hold;
    return held.ok && venue.space.apply(sell).ok;
}

/// The colour drawn a little left of and below a seat's centre: inside the seat at every level
/// of detail, clear of the backrest band and the seat number.
QColor colourAt(SeatMapView &view, quint32 seat)
{
    const double pixels = view.geometry().pitch() * view.scale();
    const QPointF at = view.seatCentreInView(seat) + QPointF(-0.22 * pixels, 0.12 * pixels);
    return view.viewport()->grab().toImage().pixelColor(at.toPoint());
}

/// Whether the seat shows `colour` somewhere within a fifth of its pitch around where
/// colourAt() looks: a seat's marks (the stripes of a seat held by someone else) cross it.
bool showsColour(SeatMapView &view, quint32 seat, QColor colour, int tolerance = 4)
{
    const double pixels = view.geometry().pitch() * view.scale();
    const QPoint at = (view.seatCentreInView(seat) + QPointF(-0.1 * pixels, 0.05 * pixels)).toPoint();
    const int reach = std::max(1, int(pixels * 0.2));
    const QImage image = view.viewport()->grab().toImage();
    for (int y = at.y() - reach; y <= at.y() + reach; ++y) {
        for (int x = at.x() - reach; x <= at.x() + reach; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance
                && std::abs(c.green() - colour.green()) <= tolerance
                && std::abs(c.blue() - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

} // namespace

class TestSeatMapView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickSelectsOneSeat();
    void ctrlClickToggles();
    void rubberBandSelectsBlock();
    void soldSeatIsNotSelectable();
    void zoomKeys_data();
    void zoomKeys();
    void wheelZoomsAroundPointer();
    void keyboardSelection();
    void standingAreaClick();
    void liveChangeRepaints_data();
    void liveChangeRepaints();
    void takenSeatLeavesSelection();
    void flashesDrawTheirColourOverSeats();
    void toolTipForHeldSeat();
    void legendListsCategories();
    void demoCategoriesStandApartFromHeldSeats();
    void sectionNamesLeaveSeatsUncovered();
    void partialRepaintDrawsWhatAFullOneDoes();
    void showSeatsZoomsToSeatsOnALargeVenue();
    void closeUpNamesStayBelowTheTopBand();
    void rowNamesAtBothEndsOfEachRow();
    void screenshot();

private:
    std::unique_ptr<LiveVenue> m_venue;
    std::unique_ptr<SeatMapView> m_view;
};

void TestSeatMapView::init()
{
    m_venue = makeLive(smallHall());
    m_view = std::make_unique<SeatMapView>();
    m_view->resize(800, 600);
    m_view->setOwnHolder(kMe);
    m_view->setClock(&m_venue->clock);
    m_view->setHolderNameResolver([](HolderId id) {
        return id == kOther ? QStringLiteral("Box office 2") : QStringLiteral("Holder %1").arg(id);
    });
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setEvent(m_venue->entry, m_venue->event);
    m_view->setFocus();
}

void TestSeatMapView::cleanup()
{
    m_view.reset();
    m_venue.reset();
}

void TestSeatMapView::clickSelectsOneSeat()
{
    QSignalSpy spy(m_view.get(), &SeatMapView::selectionChanged);
    const quint32 seat = hallSeat(1, 4);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatCentreInView(seat).toPoint());
    QCOMPARE(m_view->selectedSeats(), QList<quint32>{seat});
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 1);
    QCOMPARE(spy.last().at(1).toLongLong(), 4500);

    // A plain click elsewhere replaces the selection.
    const quint32 circle = hallSeat(4, 2);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatCentreInView(circle).toPoint());
    QCOMPARE(m_view->selectedSeats(), QList<quint32>{circle});
    QCOMPARE(spy.last().at(1).toLongLong(), 3200);
}

void TestSeatMapView::ctrlClickToggles()
{
    const quint32 a = hallSeat(0, 5), b = hallSeat(6, 7);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatCentreInView(a).toPoint());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      m_view->seatCentreInView(b).toPoint());
    QCOMPARE(m_view->selectedSeats(), (QList<quint32>{a, b}));
    QCOMPARE(m_view->selectedTotalCents(), 4500 + 1800);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      m_view->seatCentreInView(a).toPoint());
    QCOMPARE(m_view->selectedSeats(), QList<quint32>{b});
}

void TestSeatMapView::rubberBandSelectsBlock()
{
    // Stalls rows B and C, seats 3 to 5, with one seat of row B already sold.
    QVERIFY(sellSeats(*m_venue, kOther, {hallSeat(1, 4)}));
    m_view->seatsChanged({hallSeat(1, 4)});
    QSignalSpy spy(m_view.get(), &SeatMapView::selectionChanged);
    const double half = m_view->geometry().pitch() * m_view->scale() / 2;
    const QPoint from = (m_view->seatCentreInView(hallSeat(1, 3)) - QPointF(half, half)).toPoint();
    const QPoint to = (m_view->seatCentreInView(hallSeat(2, 5)) + QPointF(half, half)).toPoint();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), (from + to) / 2);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_view->selectedSeats(), (QList<quint32>{hallSeat(1, 3), hallSeat(1, 5), hallSeat(2, 3),
                                                      hallSeat(2, 4), hallSeat(2, 5)}));
    QCOMPARE(spy.last().at(0).toInt(), 5);
    QCOMPARE(spy.last().at(1).toLongLong(), 5 * 4500);
}

void TestSeatMapView::soldSeatIsNotSelectable()
{
    const quint32 seat = hallSeat(0, 6);
    QVERIFY(sellSeats(*m_venue, kOther, {seat}));
    m_view->seatsChanged({seat});
    QSignalSpy spy(m_view.get(), &SeatMapView::selectionChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->seatCentreInView(seat).toPoint());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      m_view->seatCentreInView(seat).toPoint());
    QVERIFY(m_view->selection().isEmpty());
    QCOMPARE(spy.count(), 0);
}

void TestSeatMapView::zoomKeys_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expected"); // -1 smaller than fit, 0 fit, 1 larger
    QTest::newRow("plus") << QList<int>{Qt::Key_Plus} << 1;
    QTest::newRow("equals, as + without shift") << QList<int>{Qt::Key_Equal} << 1;
    QTest::newRow("minus") << QList<int>{Qt::Key_Minus} << -1;
    QTest::newRow("plus twice then fit") << QList<int>{Qt::Key_Plus, Qt::Key_Plus, Qt::Key_0} << 0;
    QTest::newRow("minus then fit") << QList<int>{Qt::Key_Minus, Qt::Key_0} << 0;
}

void TestSeatMapView::zoomKeys()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expected);
    const double fit = m_view->scale();
    QSignalSpy spy(m_view.get(), &SeatMapView::scaleChanged);
    for (const int key : keys)
        QTest::keyClick(m_view.get(), static_cast<Qt::Key>(key));
    QVERIFY(spy.count() >= 1);
    if (expected > 0)
        QVERIFY(m_view->scale() > fit * 1.1);
    else if (expected < 0)
        QVERIFY(m_view->scale() < fit / 1.1);
    else
        QCOMPARE(m_view->scale(), fit);
}

void TestSeatMapView::wheelZoomsAroundPointer()
{
    const quint32 seat = hallSeat(2, 9);
    const QPointF before = m_view->seatCentreInView(seat);
    const double scale = m_view->scale();
    QWheelEvent wheel(before, m_view->viewport()->mapToGlobal(before), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->scale() > scale);
    const QPointF after = m_view->seatCentreInView(seat);
    QVERIFY2((after - before).manhattanLength() <= 2, "the seat under the pointer stays under it");
}

void TestSeatMapView::keyboardSelection()
{
    QCOMPARE(m_view->detail(), SeatMapDetail::Seats);
    QTest::keyClick(m_view.get(), Qt::Key_Right); // picks the seat nearest the middle
    const quint32 first = m_view->focusSeat();
    QVERIFY(first != SeatGeometry::kNoSeat);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->selectedSeats(), QList<quint32>{first});
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->geometry().centre(m_view->focusSeat()),
             m_view->geometry().centre(first) + QPointF(1, 0));
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->selection().count(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Space); // toggles off again
    QCOMPARE(m_view->selection().count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(m_view->selection().isEmpty());
}

void TestSeatMapView::standingAreaClick()
{
    QSignalSpy spy(m_view.get(), &SeatMapView::standingAreaActivated);
    const QPointF centre = m_view->mapFromLayout(QPointF(17, 7));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre.toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).value<quint32>(), 0u);
    QVERIFY(m_view->selection().isEmpty());
}

void TestSeatMapView::liveChangeRepaints_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("pixelsPerSeat"); // 0: fit to view
    QTest::addColumn<SeatMapDetail>("detail");
    QTest::newRow("overview") << 150 << 200 << 0.0 << SeatMapDetail::Overview;
    QTest::newRow("blocks") << 150 << 200 << 9.0 << SeatMapDetail::Blocks;
    QTest::newRow("seats") << 150 << 200 << 30.0 << SeatMapDetail::Seats;
    QTest::newRow("small hall") << 0 << 0 << 0.0 << SeatMapDetail::Seats;
}

void TestSeatMapView::liveChangeRepaints()
{
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(double, pixelsPerSeat);
    QFETCH(SeatMapDetail, detail);
    if (rows > 0) {
        m_venue = makeLive(grid(rows, columns));
        m_view->setEvent(m_venue->entry, m_venue->event);
    }
    const quint32 seat = static_cast<quint32>(m_venue->event->seatCount() / 2 + 5);
    if (pixelsPerSeat > 0)
        m_view->setScale(pixelsPerSeat / m_view->geometry().pitch());
    m_view->ensureSeatVisible(seat);
    QCOMPARE(m_view->detail(), detail);
    const quint16 category = m_venue->event->layout().category[seat];
    const QColor available = QColor::fromString(m_venue->entry->layout.categories[category].colour);
    QCOMPARE(colourAt(*m_view, seat), available);

    // Someone else holds it, then I hold its neighbour: both show up after seatsChanged.
    const SeatMapPalette &palette = SeatMapPalette::standard();
    QVERIFY(holdSeats(*m_venue, kOther, {seat}).ok);
    m_view->seatsChanged({seat});
    QTRY_VERIFY(showsColour(*m_view, seat, palette.heldByOthers));
    // Close up, stripes tell it from a sold seat, which is grey too.
    QCOMPARE(showsColour(*m_view, seat, palette.heldByOthersMark), detail == SeatMapDetail::Seats);
    QVERIFY(sellSeats(*m_venue, kMe, {seat + 1}));
    m_view->seatsChanged({seat + 1});
    QTRY_COMPARE(colourAt(*m_view, seat + 1), palette.sold);
    QVERIFY(showsColour(*m_view, seat, palette.heldByOthers));
}

void TestSeatMapView::flashesDrawTheirColourOverSeats()
{
    const quint32 a = hallSeat(1, 4);
    const quint32 b = hallSeat(5, 8);
    const quint16 category = m_venue->event->layout().category[a];
    const QColor available = QColor::fromString(m_venue->entry->layout.categories[category].colour);
    const auto pixel = [this](quint32 seat) {
        return m_view->viewport()->grab().toImage().pixelColor(m_view->seatCentreInView(seat).toPoint());
    };
    const auto near = [](QColor c, QColor expected) {
        return std::abs(c.red() - expected.red()) < 60 && std::abs(c.green() - expected.green()) < 60
               && std::abs(c.blue() - expected.blue()) < 60;
    };
    m_view->setFlashFadeMs(600'000); // no visible fade while the test looks
    const std::pair<quint32, QRgb> flashes[] = {{a, qRgb(255, 0, 255)}, {b, qRgb(0, 200, 0)}};
    // At two zoom levels: the flash discs are drawn again for a new seat size.
    for (const double pixelsPerSeat : {14.0, 30.0}) {
        m_view->setScale(pixelsPerSeat / m_view->geometry().pitch());
        m_view->ensureSeatVisible(a);
        m_view->ensureSeatVisible(b);
        QVERIFY(!near(pixel(a), QColor(255, 0, 255)) && !near(pixel(b), QColor(0, 200, 0)));
        m_view->flashSeats(flashes);
        QCOMPARE(m_view->flashingSeatCount(), 2);
        QVERIFY2(near(pixel(a), QColor(255, 0, 255)), qPrintable(pixel(a).name()));
        QVERIFY2(near(pixel(b), QColor(0, 200, 0)), qPrintable(pixel(b).name()));
        m_view->clearFlashes();
        QCOMPARE(m_view->flashingSeatCount(), 0);
        QCOMPARE(colourAt(*m_view, a), available);
    }
}

void TestSeatMapView::takenSeatLeavesSelection()
{
    const quint32 seat = hallSeat(3, 2);
    m_view->setSelectedSeats({seat, hallSeat(3, 3)});
    QCOMPARE(m_view->selection().count(), 2);
    QSignalSpy spy(m_view.get(), &SeatMapView::selectionChanged);
    QVERIFY(holdSeats(*m_venue, kOther, {seat}).ok);
    m_view->seatsChanged({seat});
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(m_view->selectedSeats(), QList<quint32>{hallSeat(3, 3)});
    QCOMPARE(spy.last().at(1).toLongLong(), 4500);
}

void TestSeatMapView::toolTipForHeldSeat()
{
    const quint32 seat = hallSeat(0, 3);
    QVERIFY(holdSeats(*m_venue, kOther, {seat}, 5 * 60'000).ok);
    m_venue->clock.advanceMs(61'000);
    m_view->seatsChanged({seat});
    const QString expected =
        QStringLiteral("Stalls, row A, seat 3\nStalls, 45.00\nHeld by Box office 2, 3:59 left");
    QCOMPARE(m_view->seatToolTip(seat), expected);

    const QPoint at = m_view->seatCentreInView(seat).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), expected);
    QToolTip::hideText();

    // My own hold and a wheelchair place.
    QVERIFY(holdSeats(*m_venue, kMe, {hallSeat(0, 1)}).ok);
    QVERIFY(m_view->seatToolTip(hallSeat(0, 1)).contains(QStringLiteral("Held by you, 5:00 left")));
    QVERIFY(m_view->seatToolTip(hallSeat(0, 1)).contains(QStringLiteral("Wheelchair place")));
}

void TestSeatMapView::legendListsCategories()
{
    SeatMapLegend legend;
    legend.setEntry(m_venue->entry);
    const QStringList entries = legend.entries();
    QCOMPARE(entries.mid(0, 3), (QStringList{QStringLiteral("Stalls 45.00"), QStringLiteral("Circle 32.00"),
                                             QStringLiteral("Gallery 18.00")}));
    QVERIFY(entries.contains(QStringLiteral("Held by you")));
    QVERIFY(entries.contains(QStringLiteral("Sold")));
}

void TestSeatMapView::sectionNamesLeaveSeatsUncovered()
{
    // Zoomed out to the whole theatre there is room beside the sections: each name goes there,
    // in view, over no seat and no other name.
    auto venue = makeLive(theatre());
    m_view->resize(1280, 800);
    m_view->setEvent(venue->entry, venue->event);
    QVERIFY(m_view->detail() != SeatMapDetail::Seats);
    const QList<QRectF> names = m_view->sectionLabelRects();
    QCOMPARE(names.size(), 3); // stalls, circle, gallery
    const QRectF viewport(m_view->viewport()->rect());
    const double seatSize = m_view->geometry().pitch() * m_view->scale() * 0.8;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QRectF &name = names[i];
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(viewport.contains(name));
        for (qsizetype j = i + 1; j < names.size(); ++j)
            QVERIFY(!name.intersects(names[j]));
        for (quint32 seat = 0; seat < quint32(venue->entry->layout.seats.size()); ++seat) {
            const QPointF centre = m_view->seatCentreInView(seat);
            const QRectF box(centre - QPointF(seatSize, seatSize) / 2, QSizeF(seatSize, seatSize));
            QVERIFY2(!name.intersects(box),
                     qPrintable(QStringLiteral("name %1 covers seat %2").arg(i).arg(seat)));
        }
    }
}

void TestSeatMapView::partialRepaintDrawsWhatAFullOneDoes()
{
    // Close up, section names follow the scroll above each section's first row. A seat that
    // changes repaints only its own square: the names must not be placed in that square then
    // (they were, over the seat, and stayed there until the next full repaint).
    m_view->setScale(30 / m_view->geometry().pitch());
    QCOMPARE(m_view->detail(), SeatMapDetail::Seats);
    const quint32 seat = hallSeat(2, 6); // Stalls row C: below its section's name
    m_view->ensureSeatVisible(seat);
    QWidget *viewport = m_view->viewport();
    const QImage full = viewport->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const double pixels = m_view->geometry().pitch() * m_view->scale();
    const QPointF centre = m_view->seatCentreInView(seat);
    const QRect square = QRectF(centre - QPointF(pixels, pixels) / 2, QSizeF(pixels, pixels)).toAlignedRect();
    QImage part(full.size(), QImage::Format_RGB32);
    part.fill(Qt::magenta);
    viewport->render(&part, square.topLeft(), QRegion(square)); // drawn where it is in the view
    int different = 0;
    for (int y = square.top(); y <= square.bottom(); ++y) {
        for (int x = square.left(); x <= square.right(); ++x)
            different += part.pixel(x, y) != full.pixel(x, y) ? 1 : 0;
    }
    QVERIFY2(different == 0, qPrintable(QStringLiteral("%1 of %2 pixels of the seat differ")
                                            .arg(different)
                                            .arg(square.width() * square.height())));
}

void TestSeatMapView::showSeatsZoomsToSeatsOnALargeVenue()
{
    // 90,000 seats fitted into the view: each is a pixel or two, none can be told apart.
    m_venue = makeLive(grid(300, 300));
    m_view->setEvent(m_venue->entry, m_venue->event);
    m_view->setTopBand(40);
    m_view->fitToView();
    QCOMPARE(m_view->detail(), SeatMapDetail::Overview);
    const auto inFreePart = [this](quint32 seat) {
        const QPointF at = m_view->seatCentreInView(seat);
        return QRectF(m_view->viewport()->rect()).adjusted(0, m_view->topBand(), 0, 0).contains(at);
    };

    // Four seats side by side near a corner (as best available finds them): drawn one by one,
    // each in view below the band.
    const QList<quint32> together{299 * 300 + 10, 299 * 300 + 11, 299 * 300 + 12, 299 * 300 + 13};
    m_view->showSeats(together);
    QCOMPARE(m_view->detail(), SeatMapDetail::Seats);
    for (quint32 seat : together)
        QVERIFY2(inFreePart(seat), qPrintable(QString::number(seat)));

    // Already in view and drawn: nothing moves.
    const double scale = m_view->scale();
    const QPointF where = m_view->seatCentreInView(together.first());
    m_view->showSeats(together);
    QCOMPARE(m_view->scale(), scale);
    QCOMPARE(m_view->seatCentreInView(together.first()), where);

    // Seats far apart: zoomed out only as far as needed to show them all.
    const QList<quint32> apart{0, 60 * 300 + 100};
    m_view->showSeats(apart);
    for (quint32 seat : apart)
        QVERIFY2(inFreePart(seat), qPrintable(QString::number(seat)));
    QVERIFY(m_view->scale() < scale);
    QVERIFY(m_view->detail() != SeatMapDetail::Overview);
}

void TestSeatMapView::closeUpNamesStayBelowTheTopBand()
{
    // Close up and scrolled into the stalls, their name is kept at the top of the view: below
    // the band where a message floats, not under the message.
    auto venue = makeLive(theatre());
    m_view->setEvent(venue->entry, venue->event);
    m_view->setScale(30 / m_view->geometry().pitch());
    QCOMPARE(m_view->detail(), SeatMapDetail::Seats);
    const quint32 rowA = 20, rowK = 10 * 40 + 20; // the middle of stalls rows A and K
    for (int band : {0, 40}) {
        m_view->setTopBand(band);
        m_view->centreOn(m_view->geometry().centre(rowK)
                         + QPointF(0, (m_view->viewport()->height() / 2.0 - 80) / m_view->scale()));
        QVERIFY(m_view->seatCentreInView(rowA).y() < 0); // the stalls' first row is above the view
        const QList<QRectF> names = m_view->sectionLabelRects();
        QCOMPARE(names.size(), 3);
        const QRectF stalls = names.first();
        QVERIFY(!stalls.isEmpty());
        QVERIFY(QRectF(m_view->viewport()->rect()).contains(stalls));
        if (band == 0)
            QVERIFY2(stalls.top() < 40, qPrintable(QString::number(stalls.top())));
        else
            QVERIFY2(stalls.top() >= band, qPrintable(QString::number(stalls.top())));
    }
}

void TestSeatMapView::rowNamesAtBothEndsOfEachRow()
{
    // Close up, each row's name stands a pitch beyond its first and its last seat, on no seat;
    // zoomed out there are none.
    auto venue = makeLive(theatre());
    m_view->setEvent(venue->entry, venue->event);
    m_view->setScale(10 / m_view->geometry().pitch());
    QVERIFY(m_view->rowLabels().isEmpty());
    m_view->setScale(30 / m_view->geometry().pitch());
    const quint32 rowK = 10 * 40; // the first seat of stalls row K
    m_view->centreOn(m_view->geometry().centre(rowK));
    const QList<SeatMapRowLabel> labels = m_view->rowLabels();
    QVERIFY(!labels.isEmpty());
    const QString rowName = venue->entry->layout.seats[rowK].row;
    const double half = m_view->geometry().pitch() * m_view->scale() * 0.4; // a seat's half side
    auto coversNoSeat = [&](const QRectF &rect, const VenueLayout &layout) {
        for (quint32 seat = 0; seat < quint32(layout.seats.size()); ++seat) {
            const QPointF c = m_view->seatCentreInView(seat);
            if (rect.intersects(QRectF(c.x() - half, c.y() - half, 2 * half, 2 * half)))
                return false;
        }
        return true;
    };
    // Row K's name left of its first seat and right of its last one (seat 40).
    auto nameBeside = [&](const QList<SeatMapRowLabel> &labels, const QString &name, QPointF seat, int side) {
        return std::any_of(labels.begin(), labels.end(), [&](const SeatMapRowLabel &label) {
            return label.name == name && std::abs(label.rect.center().y() - seat.y()) < 30
                   && (label.rect.center().x() - seat.x()) * side > 0
                   && std::abs(label.rect.center().x() - seat.x()) < 80;
        });
    };
    for (const SeatMapRowLabel &label : labels)
        QVERIFY(coversNoSeat(label.rect, venue->entry->layout));
    QVERIFY2(nameBeside(labels, rowName, m_view->seatCentreInView(rowK), -1), qPrintable(rowName));
    m_view->centreOn(m_view->geometry().centre(rowK + 39));
    QVERIFY(nameBeside(m_view->rowLabels(), rowName, m_view->seatCentreInView(rowK + 39), +1));

    // A row whose seats are not together in the layout's order (added later, or numbered odd
    // and even from the middle), named "Row 12": its names are at its two physical ends.
    VenueLayout mixed = grid(12, 20);
    for (LayoutSeat &seat : mixed.seats)
        seat.row = QStringLiteral("Row ") + seat.row;
    std::reverse(mixed.seats.begin() + 10, mixed.seats.end()); // row 1's seats 11-20 last
    auto shuffled = makeLive(mixed);
    m_view->setEvent(shuffled->entry, shuffled->event);
    m_view->setScale(30 / m_view->geometry().pitch());
    qsizetype left = -1, right = -1; // row 1's seats 1 and 20
    for (qsizetype i = 0; i < mixed.seats.size(); ++i) {
        if (mixed.seats[i].row == QStringLiteral("Row 1") && mixed.seats[i].number == QStringLiteral("1"))
            left = i;
        if (mixed.seats[i].row == QStringLiteral("Row 1") && mixed.seats[i].number == QStringLiteral("20"))
            right = i;
    }
    QVERIFY(left >= 0 && right >= 0);
    for (const qsizetype end : {left, right}) {
        m_view->centreOn(m_view->geometry().centre(quint32(end)));
        const QList<SeatMapRowLabel> shown = m_view->rowLabels();
        for (const SeatMapRowLabel &label : shown)
            QVERIFY(coversNoSeat(label.rect, mixed));
        QVERIFY(nameBeside(shown, QStringLiteral("Row 1"), m_view->seatCentreInView(quint32(end)),
                           end == left ? -1 : +1));
    }
}

void TestSeatMapView::demoCategoriesStandApartFromHeldSeats()
{
    // Seats held by this clerk are blue; no demo price category may look like them (the
    // theatre's Standard seats were a blue that did at the map's usual zoom).
    const SeatMapPalette &palette = SeatMapPalette::standard();
    for (const DemoEvent &demo : demoEvents(QDateTime::currentDateTimeUtc())) {
        for (const PriceCategory &category : demo.layout.categories) {
            const QColor colour = QColor::fromString(category.colour);
            const int apart = std::abs(colour.hue() - palette.heldByMe.hue());
            QVERIFY2(std::min(apart, 360 - apart) > 40,
                     qPrintable(demo.event.name + QStringLiteral(": ") + category.name));
        }
    }
}

void TestSeatMapView::screenshot()
{
    const QString dir = qEnvironmentVariable("TESSERA_TEST_OUTPUT");
    if (dir.isEmpty())
        QSKIP("TESSERA_TEST_OUTPUT is not set");
    auto venue = makeLive(theatre());
    m_view->resize(1280, 800);
    m_view->setEvent(venue->entry, venue->event);
    // Some of the house sold and held, a selection of four in row F, zoomed in on the stalls.
    QList<quint32> sold;
    for (quint32 seat = 0; seat < 1500; seat += 7)
        sold << seat;
    sold.removeIf([&](quint32 s) {
        return venue->event->seatState(s) != SeatState::Available || (s >= 200 && s < 204);
    });
    QVERIFY(sellSeats(*venue, kOther, sold));
    QVERIFY(holdSeats(*venue, kOther, {150, 151, 152}).ok);
    QVERIFY(holdSeats(*venue, kMe, {232, 233}).ok);
    m_view->setSelectedSeats({200, 201, 202, 203});
    QDir().mkpath(dir);
    QVERIFY(m_view->viewport()->grab().save(dir + QStringLiteral("/seatmap-theatre-fit.png")));
    m_view->setScale(34 / m_view->geometry().pitch());
    m_view->centreOn(m_view->geometry().centre(210));
    QVERIFY(m_view->viewport()->grab().save(dir + QStringLiteral("/seatmap-theatre-close.png")));
    m_view->centreOn(m_view->geometry().centre(151));
    QVERIFY(m_view->viewport()->grab().save(dir + QStringLiteral("/seatmap-theatre-held.png")));
    SeatMapLegend legend;
    legend.setEntry(venue->entry);
    legend.adjustSize();
    QVERIFY(legend.grab().save(dir + QStringLiteral("/seatmap-legend.png")));
}

QTEST_MAIN(TestSeatMapView)
#include "tst_seatmapview.moc"
