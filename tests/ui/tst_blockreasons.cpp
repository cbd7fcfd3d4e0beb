#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/seatmap/seatmapview.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace Qt::StringLiterals;

/// A block reason ("Press", "Camera platform") reaches the seat map's tooltip in the window that
/// shows the event as soon as it is saved, without losing the clerk's selection.
class TestBlockReasons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reasonShowsInTheMapTooltip();

private:
    /// The first `count` seats that are available, from `from` on.
    QList<quint32> availableSeats(int count, quint32 from) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
    Event m_event;
};

void TestBlockReasons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TesseraTests"_s);
    QCoreApplication::setApplicationName(u"tst_blockreasons"_s);
}

void TestBlockReasons::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_office = tessera::test::officeOnFile(m_dir->filePath(u"tessera.db"_s));
    QVERIFY(m_office);
    const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = m_office->createEvent(theatre.event, theatre.layout).result();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    m_event = *created;
    m_window = std::make_unique<MainWindow>(*m_office, u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->currentEventId(), m_event.id);
}

void TestBlockReasons::cleanup()
{
    m_window.reset();
    m_office.reset();
    m_dir.reset();
}

QList<quint32> TestBlockReasons::availableSeats(int count, quint32 from) const
{
    QList<quint32> seats;
    const EventSpace *space = m_window->seatMap()->space();
    for (quint32 s = from; s < quint32(space->seatCount()) && seats.size() < count; ++s) {
        if (space->seatState(s) == SeatState::Available)
            seats << s;
    }
    return seats;
}

void TestBlockReasons::reasonShowsInTheMapTooltip()
{
    SeatMapView *map = m_window->seatMap();
    const QList<quint32> seats = availableSeats(3, 300);
    QCOMPARE(seats.size(), 3);
    const QList<quint32> selected = seats.mid(1);
    map->setSelectedSeats(selected);
    QCOMPARE(map->selectedSeats(), selected);

    const auto entry = m_office->catalogEntry(m_event.id);
    const Status blocked =
        m_office->blockSeats(m_event.id, {entry->layout.seats[seats[0]].id}, u"Press"_s).result();
    QVERIFY2(blocked, blocked ? "" : qPrintable(blocked.error().message));
    QTRY_VERIFY2(map->seatToolTip(seats[0]).contains(u"Blocked: Press"_s),
                 qPrintable(map->seatToolTip(seats[0])));
    QCOMPARE(map->selectedSeats(), selected); // the clerk's selection stays

    // A new reason for the blocked seat, then none once it is unblocked.
    const QUuid seatId = entry->layout.seats[seats[0]].id;
    QVERIFY(m_office->blockSeats(m_event.id, {seatId}, u"Camera platform"_s).result());
    QTRY_VERIFY2(map->seatToolTip(seats[0]).contains(u"Blocked: Camera platform"_s),
                 qPrintable(map->seatToolTip(seats[0])));
    QVERIFY(m_office->unblockSeats(m_event.id, {seatId}).result());
    QTRY_VERIFY(!map->seatToolTip(seats[0]).contains(u"Camera platform"_s));
    QCOMPARE(map->selectedSeats(), selected);
}

QTEST_MAIN(TestBlockReasons)
#include "tst_blockreasons.moc"
