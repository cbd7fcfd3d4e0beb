#include "ui/seatmap/seatselection.h"

#include <QTest>

using namespace tessera;

class TestSeatSelection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edits_data();
    void edits();
    void totalPrice();
    void resetEmpties();
};

void TestSeatSelection::edits_data()
{
    QTest::addColumn<int>("seatCount");
    QTest::addColumn<QList<quint32>>("toggled");
    QTest::addColumn<QList<quint32>>("selected");
    QTest::newRow("nothing") << 10 << QList<quint32>{} << QList<quint32>{};
    QTest::newRow("sorted out") << 200 << QList<quint32>{150, 3, 64, 63} << QList<quint32>{3, 63, 64, 150};
    QTest::newRow("toggled twice") << 10 << QList<quint32>{4, 5, 4} << QList<quint32>{5};
    QTest::newRow("out of range ignored") << 64 << QList<quint32>{63, 64, 1000} << QList<quint32>{63};
    QTest::newRow("word edges") << 129 << QList<quint32>{0, 127, 128} << QList<quint32>{0, 127, 128};
    QTest::newRow("empty layout") << 0 << QList<quint32>{0} << QList<quint32>{};
}

void TestSeatSelection::edits()
{
    QFETCH(int, seatCount);
    QFETCH(QList<quint32>, toggled);
    QFETCH(QList<quint32>, selected);
    SeatSelection selection(seatCount);
    for (const quint32 seat : toggled)
        selection.toggle(seat);
    QCOMPARE(selection.seats(), selected);
    QCOMPARE(selection.count(), selected.size());
    QCOMPARE(selection.isEmpty(), selected.isEmpty());
    for (const quint32 seat : selected)
        QVERIFY(selection.contains(seat));
    QVERIFY(!selection.contains(static_cast<quint32>(seatCount)));
}

void TestSeatSelection::totalPrice()
{
    SeatSelection selection(5);
    const std::vector<qint64> prices{1000, 2000, 3000, 4000};
    QVERIFY(selection.insert(1));
    QVERIFY(!selection.insert(1));
    QVERIFY(selection.insert(3));
    QVERIFY(selection.insert(4)); // no price known: counts as 0
    QCOMPARE(selection.totalPriceCents(prices), 6000);
    QVERIFY(selection.remove(3));
    QVERIFY(!selection.remove(3));
    QCOMPARE(selection.totalPriceCents(prices), 2000);
}

void TestSeatSelection::resetEmpties()
{
    SeatSelection selection(100);
    selection.insert(7);
    selection.reset(10);
    QVERIFY(selection.isEmpty());
    QCOMPARE(selection.seatCount(), 10);
    selection.insert(7);
    selection.clear();
    QCOMPARE(selection.count(), 0);
    QCOMPARE(selection, SeatSelection(10));
}

QTEST_APPLESS_MAIN(TestSeatSelection)
#include "tst_seatselection.moc"
