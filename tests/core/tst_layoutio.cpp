#include "core/layout/demovenues.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/pretixformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace tessera;

namespace {

QByteArray readSample(const char *name)
{
    QFile file(QStringLiteral(TESSERA_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", name);
    return file.readAll();
}

/// `node` with the value at a dotted path ("zones.1.rows.0.seats.2.category") replaced, or
/// removed when `value` is undefined. Numeric parts index arrays.
QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = replaced(object.value(head), path, value);
    return object;
}

QByteArray sampleWith(const char *path, const QJsonValue &value)
{
    const QJsonObject sample = QJsonDocument::fromJson(readSample("little-theatre.pretix.json")).object();
    const QJsonValue changed = replaced(sample, QString::fromUtf8(path).split(u'.'), value);
    return QJsonDocument(changed.toObject()).toJson();
}

QString categoryName(const VenueLayout &layout, const QString &id)
{
    const PriceCategory *category = layout.findCategory(id);
    return category ? category->name : QString();
}

const LayoutSeat *findSeat(const VenueLayout &layout, const QString &label)
{
    for (const LayoutSeat &seat : layout.seats) {
        if (seat.label() == label)
            return &seat;
    }
    return nullptr;
}

} // namespace

class TestLayoutIo : public QObject
{
    Q_OBJECT

private slots:
    void pretixRoundTrip_data();
    void pretixRoundTrip();
    void pretixWholePositionsAreExact();
    void pretixSample();
    void pretixBroken_data();
    void pretixBroken();
    void csvRoundTrip();
    void csvQuotingAndCategories();
    void csvBroken_data();
    void csvBroken();
    void progressReachesTheEnd();
    void cancelledWorkGivesNothing();
};

void TestLayoutIo::pretixRoundTrip_data()
{
    QTest::addColumn<int>("venue");
    QTest::newRow("theatre") << 0;
    QTest::newRow("arena") << 1;
}

void TestLayoutIo::pretixRoundTrip()
{
    QFETCH(int, venue);
    const VenueLayout layout = venue == 0 ? DemoVenues::theatre() : DemoVenues::arena();
    const QByteArray exported = PretixFormat::exportLayout(layout);
    const Result<ImportReport> back = PretixFormat::import(exported);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    const VenueLayout &imported = back->layout;
    for (const QString &warning : back->warnings)
        QVERIFY2(!warning.startsWith(QLatin1StringView("ignored key")), qPrintable(warning));

    QCOMPARE(imported.name, layout.name);
    QCOMPARE(imported.categories.size(), layout.categories.size());
    for (qsizetype i = 0; i < layout.categories.size(); ++i) {
        QCOMPARE(imported.categories[i].name, layout.categories[i].name);
        QCOMPARE(imported.categories[i].colour, layout.categories[i].colour);
    }
    QCOMPARE(imported.seats.size(), layout.seats.size());
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &a = layout.seats[i];
        const LayoutSeat &b = imported.seats[i];
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.label(), a.label());
        QCOMPARE(categoryName(imported, b.category), categoryName(layout, a.category));
        QVERIFY2(std::abs(a.x - b.x) <= 0.5 && std::abs(a.y - b.y) <= 0.5, qPrintable(a.label()));
    }
    QCOMPARE(imported.standingAreas.size(), layout.standingAreas.size());
    for (qsizetype i = 0; i < layout.standingAreas.size(); ++i) {
        QCOMPARE(imported.standingAreas[i].name, layout.standingAreas[i].name);
        QCOMPARE(imported.standingAreas[i].capacity, layout.standingAreas[i].capacity);
        QCOMPARE(categoryName(imported, imported.standingAreas[i].category),
                 categoryName(layout, layout.standingAreas[i].category));
    }
    QCOMPARE(imported.stageWidth, layout.stageWidth);
    // Written again, the plan is the same text.
    QCOMPARE(PretixFormat::exportLayout(imported), exported);
}

void TestLayoutIo::pretixWholePositionsAreExact()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Hall");
    layout.categories = {{QStringLiteral("main"), QStringLiteral("Main"), QStringLiteral("#336699"), 1000}};
    SectionSpec spec;
    spec.section = QStringLiteral("Hall");
    spec.rows = 5;
    spec.seatsPerRow = 12;
    spec.aisleAfterSeats = {6};
    spec.offsetX = 37;
    spec.offsetY = 81;
    spec.category = QStringLiteral("main");
    QVERIFY(LayoutGenerator::appendSection(layout, spec));
    const Result<ImportReport> back = PretixFormat::import(PretixFormat::exportLayout(layout));
    QVERIFY(back);
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        QCOMPARE(back->layout.seats[i].x, layout.seats[i].x);
        QCOMPARE(back->layout.seats[i].y, layout.seats[i].y);
    }

    // Categories of one name get the key in brackets, and a number when even that is taken.
    VenueLayout named = layout;
    named.categories = {{QStringLiteral("a"), QStringLiteral("VIP (b)"), QStringLiteral("#336699"), 1000},
                        {QStringLiteral("x"), QStringLiteral("VIP"), QStringLiteral("#993366"), 2000},
                        {QStringLiteral("b"), QStringLiteral("VIP"), QStringLiteral("#669933"), 3000}};
    for (qsizetype i = 0; i < named.seats.size(); ++i)
        named.seats[i].category = named.categories[i % 3].id;
    const Result<ImportReport> renamed = PretixFormat::import(PretixFormat::exportLayout(named));
    QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().message));
    QCOMPARE(renamed->layout.categories.size(), 3);
    QCOMPARE(renamed->layout.categories[0].name, QStringLiteral("VIP (b)"));
    QCOMPARE(renamed->layout.categories[1].name, QStringLiteral("VIP"));
    QCOMPARE(renamed->layout.categories[2].name, QStringLiteral("VIP (b 2)"));

    VenueLayout empty;
    empty.name = QStringLiteral("Empty");
    const Result<ImportReport> nothing = PretixFormat::import(PretixFormat::exportLayout(empty));
    QVERIFY2(nothing, nothing ? "" : qPrintable(nothing.error().message));
    QVERIFY(nothing->layout.seats.isEmpty());
}

void TestLayoutIo::pretixSample()
{
    const QByteArray sample = readSample("little-theatre.pretix.json");
    const Result<ImportReport> report = PretixFormat::import(sample);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const VenueLayout &layout = report->layout;
    QCOMPARE(layout.name, QStringLiteral("Little Theatre"));
    QCOMPARE(layout.width, 400.0);
    QCOMPARE(layout.seats.size(), 52);
    QCOMPARE(layout.categories.size(), 4);
    QCOMPARE(layout.categories[1].name, QStringLiteral("Rear stalls"));
    QCOMPARE(layout.categories[1].id, QStringLiteral("Rear-stalls"));
    QCOMPARE(layout.categories[1].colour, QStringLiteral("#f39c12"));

    // zone (60, 140) + row A (0, 0) + seat 5 (140, 0), with an aisle after seat 4
    const LayoutSeat *a5 = findSeat(layout, QStringLiteral("Stalls A-5"));
    QVERIFY(a5);
    QCOMPARE(QPointF(a5->x, a5->y), QPointF(200, 140));
    QCOMPARE(categoryName(layout, a5->category), QStringLiteral("Stalls"));
    // zone (100, 420) + row 2 (0, 35) + seat 6 (0, 0); the balcony numbers right to left
    const LayoutSeat *b6 = findSeat(layout, QStringLiteral("Balcony 2-6"));
    QVERIFY(b6);
    QCOMPARE(QPointF(b6->x, b6->y), QPointF(100, 455));
    QCOMPARE(categoryName(layout, findSeat(layout, QStringLiteral("Stalls E-1"))->category),
             QStringLiteral("Rear stalls"));

    // Guids that are not UUIDs give the same ids on every import.
    QCOMPARE(PretixFormat::import(sample)->layout.seats[0].id, layout.seats[0].id);

    QCOMPARE(QRectF(layout.stageX, layout.stageY, layout.stageWidth, layout.stageHeight),
             QRectF(60, 20, 250, 60));
    QCOMPARE(layout.standingAreas.size(), 1);
    QCOMPARE(layout.standingAreas[0].name, QStringLiteral("Promenade"));
    QCOMPARE(layout.standingAreas[0].capacity, 40);
    QCOMPARE(categoryName(layout, layout.standingAreas[0].category), QStringLiteral("Standing"));
    QCOMPARE(layout.standingAreas[0].y, 330.0);

    const QStringList &warnings = report->warnings;
    for (const char *expected :
         {"ignored key zones[0].uuid", "ignored key zones[0].rows[3].row_label",
          "ignored key zones[0].areas[0].shape", "ignored key zones[1].rows[1].row_label",
          "zones[1].areas[0]: area \"Bar\" is neither the stage nor a standing area; ignored",
          "pretix plans carry no prices"}) {
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [&](const QString &w) { return w.startsWith(QLatin1StringView(expected)); }),
                 expected);
    }
}

void TestLayoutIo::pretixBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\n  \"name\": \"x\",\n  \"zones\": [}")
                              << QStringLiteral("not valid JSON at line 3, column");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("plan: must be a JSON object");
    QTest::newRow("no name") << sampleWith("name", QJsonValue::Undefined)
                             << QStringLiteral("plan: required key \"name\" is missing");
    QTest::newRow("zones not a list") << sampleWith("zones", 3) << QStringLiteral("zones: must be an array");
    QTest::newRow("unknown category")
        << sampleWith("zones.1.rows.1.seats.2.category", QStringLiteral("VIP"))
        << QStringLiteral("zones[1].rows[1].seats[2].category: \"VIP\" is not a defined category");
    QTest::newRow("seat number not a string")
        << sampleWith("zones.0.rows.0.seats.0.seat_number", 1)
        << QStringLiteral("zones[0].rows[0].seats[0].seat_number: must be a string");
    QTest::newRow("empty seat number")
        << sampleWith("zones.0.rows.4.seats.7.seat_number", QString())
        << QStringLiteral("zones[0].rows[4].seats[7].seat_number: must not be empty");
    QTest::newRow("seat without position")
        << sampleWith("zones.0.rows.2.seats.3.position", QJsonValue::Undefined)
        << QStringLiteral("zones[0].rows[2].seats[3]: required key \"position\" is missing");
    QTest::newRow("row x not a number") << sampleWith("zones.0.rows.1.position.x", QStringLiteral("10"))
                                        << QStringLiteral("zones[0].rows[1].position.x: must be a number");
    QTest::newRow("row without number")
        << sampleWith("zones.1.rows.0.row_number", QJsonValue::Undefined)
        << QStringLiteral("zones[1].rows[0]: required key \"row_number\" is missing");
    QTest::newRow("seat not an object") << sampleWith("zones.0.rows.0.seats.1", 5)
                                        << QStringLiteral("zones[0].rows[0].seats[1]: must be an object");
    QTest::newRow("guid twice") << sampleWith("zones.1.rows.0.seats.0.seat_guid",
                                              QStringLiteral("stalls-a-1"))
                                << QStringLiteral(
                                       "zones[1].rows[0].seats[0].seat_guid: \"stalls-a-1\" is also the "
                                       "guid of zones[0].rows[0].seats[0]");
    QTest::newRow("label twice") << sampleWith("zones.0.rows.0.seats.2.seat_number", QStringLiteral("2"))
                                 << QStringLiteral(
                                        "zones[0].rows[0].seats[2].seat_number: seat \"Stalls A-2\" is "
                                        "also zones[0].rows[0].seats[1]");
    QTest::newRow("category without name")
        << sampleWith("categories.1.name", QJsonValue::Undefined)
        << QStringLiteral("categories[1]: required key \"name\" is missing");
    QTest::newRow("category twice") << sampleWith("categories.2.name", QStringLiteral("Stalls"))
                                    << QStringLiteral("categories[2].name: \"Stalls\" is defined twice");
    QTest::newRow("area without width")
        << sampleWith("zones.0.areas.1.width", QJsonValue::Undefined)
        << QStringLiteral("zones[0].areas[1]: required key \"width\" is missing");
    QTest::newRow("standing capacity too large")
        << sampleWith("zones.0.areas.1.text", QStringLiteral("Promenade (99999999999 standing)"))
        << QStringLiteral("zones[0].areas[1].text: standing area \"Promenade\" has 99999999999 places, more "
                          "than the 1000000 an area may have");
    QTest::newRow("displayed not a bool") << sampleWith("zones.0.displayed", QStringLiteral("yes"))
                                          << QStringLiteral("zones[0].displayed: must be true or false");
}

void TestLayoutIo::pretixBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<ImportReport> report = PretixFormat::import(json);
    QVERIFY2(!report, "a broken plan was imported");
    QCOMPARE(report.errorCode(), ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.startsWith(error), qPrintable(report.error().message));
}

void TestLayoutIo::csvRoundTrip()
{
    const VenueLayout layout = DemoVenues::theatre();
    const QByteArray csv = LayoutCsv::exportLayout(layout);
    QVERIFY(csv.startsWith("section,row,number,category,price,x,y\r\n"));
    const Result<ImportReport> back = LayoutCsv::import(csv, layout.name);
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->layout.seats.size(), layout.seats.size());
    QCOMPARE(back->layout.categories.size(), layout.categories.size());
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        const LayoutSeat &a = layout.seats[i];
        const LayoutSeat &b = back->layout.seats[i];
        QCOMPARE(b.label(), a.label());
        QCOMPARE(b.x, a.x);
        QCOMPARE(b.y, a.y);
        const PriceCategory *ca = layout.findCategory(a.category);
        const PriceCategory *cb = back->layout.findCategory(b.category);
        QCOMPARE(cb->name, ca->name);
        QCOMPARE(cb->priceCents, ca->priceCents);
    }
    QCOMPARE(LayoutCsv::exportLayout(back->layout), csv);
}

void TestLayoutIo::csvQuotingAndCategories()
{
    const QByteArray csv = "\xef\xbb\xbfRow,Section,number,category,price,x,y,note\r\n"
                           "A,\"Box \"\"Royal\"\", left\",1,Boxes,9000,0,0,x\r\n"
                           "A,\"Box \"\"Royal\"\", left\",2,Boxes,9000,10.5,0,\r\n"
                           "B,Stalls,1,Stalls,4500,0,30,\"two\nlines\"\n"
                           "B,Stalls,2,Stalls,3500,10,30,\n";
    const Result<ImportReport> report = LayoutCsv::import(csv);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    const VenueLayout &layout = report->layout;
    QCOMPARE(layout.seats.size(), 4);
    QCOMPARE(layout.seats[1].section, QStringLiteral("Box \"Royal\", left"));
    QCOMPARE(layout.seats[1].x, 10.5);
    QCOMPARE(report->warnings, QStringList{QStringLiteral("line 1: column \"note\" is ignored")});
    QCOMPARE(layout.categories.size(), 3);
    QCOMPARE(layout.categories[0].name, QStringLiteral("Boxes"));
    QCOMPARE(layout.categories[1].name, QStringLiteral("Stalls (45.00)"));
    QCOMPARE(layout.categories[2].name, QStringLiteral("Stalls (35.00)"));
    QCOMPARE(layout.categories[2].priceCents, 3500);
    QVERIFY(layout.categories[0].colour != layout.categories[1].colour);
    QCOMPARE(layout.findCategory(layout.seats[3].category)->priceCents, 3500);

    const QByteArray written = LayoutCsv::exportLayout(layout);
    QVERIFY(written.contains("\"Box \"\"Royal\"\", left\",A,2,Boxes,9000,10.5,0\r\n"));

    // Spaces around an unquoted field go; a quoted field keeps them, also when spaces stand
    // before its opening or after its closing quote.
    const QByteArray spaced = "section,row,number,category,price,x,y\n"
                              " Stalls , A ,1, Stalls ,4500,0,0\n"
                              "\" Gallery\", \"B \" ,1,Gallery, 2000 , 1.5 ,0\n";
    const Result<ImportReport> trimmed = LayoutCsv::import(spaced);
    QVERIFY2(trimmed, trimmed ? "" : qPrintable(trimmed.error().message));
    QCOMPARE(trimmed->layout.seats[0].section, QStringLiteral("Stalls"));
    QCOMPARE(trimmed->layout.seats[0].row, QStringLiteral("A"));
    QCOMPARE(trimmed->layout.seats[1].section, QStringLiteral(" Gallery"));
    QCOMPARE(trimmed->layout.seats[1].row, QStringLiteral("B "));
    QCOMPARE(trimmed->layout.seats[1].x, 1.5);
    const Result<ImportReport> again = LayoutCsv::import(LayoutCsv::exportLayout(trimmed->layout));
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->layout.seats[1].section, QStringLiteral(" Gallery"));
    QCOMPARE(again->layout.seats[1].row, QStringLiteral("B "));
}

void TestLayoutIo::csvBroken_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    const QByteArray header = "section,row,number,category,price,x,y\n";
    const QByteArray good = "Stalls,A,1,Stalls,4500,0,0\n";
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral(
                                  "line 1: the header section,row,number,category,price,x,y is missing");
    QTest::newRow("missing column") << QByteArray("section,row,number,category,x,y\n")
                                    << QStringLiteral("line 1: column \"price\" is missing");
    QTest::newRow("price with comma") << header + good + "Stalls,A,2,Stalls,\"12,50\",10,0\n"
                                      << QStringLiteral("line 3: price \"12,50\" is not a number of cents");
    QTest::newRow("unquoted comma") << header + good + "Stalls,A,2,Stalls,12,50,10,0\n"
                                    << QStringLiteral("line 3: 8 fields, expected 7");
    QTest::newRow("x not a number") << header + good + "Stalls,A,2,Stalls,4500,ten,0\n"
                                    << QStringLiteral("line 3: x \"ten\" is not a number");
    QTest::newRow("empty number") << header + "Stalls,A,,Stalls,4500,0,0\n"
                                  << QStringLiteral("line 2: number is empty");
    QTest::newRow("blank quoted number") << header + "Stalls,A,\"  \",Stalls,4500,0,0\n"
                                         << QStringLiteral("line 2: number is empty");
    QTest::newRow("text after a closing quote")
        << header + "Stalls,\"A\" x,1,Stalls,4500,0,0\n"
        << QStringLiteral("line 2: text after the closing quote of a field");
    QTest::newRow("no category") << header + "Stalls,A,1,,4500,0,0\n"
                                 << QStringLiteral("line 2: category is empty");
    QTest::newRow("same seat twice") << header + good + "Stalls,B,1,Stalls,4500,0,20\n" + good
                                     << QStringLiteral("line 4: Stalls A-1 is also on line 2");
    QTest::newRow("open quote") << header + good + "\"Stalls,A,2,Stalls,4500,0,0\n"
                                << QStringLiteral("line 3: a quoted field is not closed");
    QTest::newRow("every bad line") << header + "Stalls,A,1,Stalls,-5,0,0\n" + good
                                           + "Stalls,A,3,Stalls,1,0,y\n"
                                    << QStringLiteral("line 2: price \"-5\" is not a number of cents\n"
                                                      "line 4: y \"y\" is not a number");
    QTest::newRow("not UTF-8") << header + "St\xff" + "alls,A,1,S,1,0,0\n"
                               << QStringLiteral("the file is not UTF-8 text");
}

void TestLayoutIo::csvBroken()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const Result<ImportReport> report = LayoutCsv::import(csv);
    QVERIFY2(!report, "a bad file was imported");
    QCOMPARE(report.errorCode(), ErrorCode::InvalidInput);
    QVERIFY2(report.error().message.startsWith(error), qPrintable(report.error().message));
}

void TestLayoutIo::progressReachesTheEnd()
{
    SectionSpec spec;
    spec.section = QStringLiteral("Bowl");
    spec.rows = 40;
    spec.seatsPerRow = 50;
    spec.category = QStringLiteral("a");
    LayoutProgress generating;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec, &generating);
    QVERIFY(seats);
    QCOMPARE(seats->size(), 2000);
    QCOMPARE(generating.percent(), 100);

    VenueLayout layout;
    layout.name = QStringLiteral("Progress");
    layout.categories = {
        PriceCategory{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("#336699"), 900}};
    layout.seats = *seats;
    // Each format: export and import report every step up to 100 % and give the same result as
    // without progress.
    for (const bool csv : {false, true}) {
        LayoutProgress exporting;
        const QByteArray text = csv ? LayoutCsv::exportLayout(layout, &exporting)
                                    : PretixFormat::exportLayout(layout, &exporting);
        QCOMPARE(exporting.percent(), 100);
        QCOMPARE(text, csv ? LayoutCsv::exportLayout(layout) : PretixFormat::exportLayout(layout));
        LayoutProgress importing;
        const Result<ImportReport> report =
            csv ? LayoutCsv::import(text, {}, &importing) : PretixFormat::import(text, &importing);
        QVERIFY(report);
        QCOMPARE(report->layout.seats.size(), layout.seats.size());
        QCOMPARE(importing.percent(), 100);
    }

    // The value never goes back.
    LayoutProgress progress;
    QVERIFY(progress.report(5, 10));
    QCOMPARE(progress.percent(), 50);
    QVERIFY(progress.report(1, 10));
    QCOMPARE(progress.percent(), 50);
    QVERIFY(progress.report(1, 2, 500, 1000));
    QCOMPARE(progress.percent(), 75);
}

void TestLayoutIo::cancelledWorkGivesNothing()
{
    const VenueLayout stadium = DemoVenues::stadium();
    const QByteArray json = PretixFormat::exportLayout(stadium);
    const QByteArray csv = LayoutCsv::exportLayout(stadium);
    LayoutProgress cancelled;
    cancelled.cancel();
    QVERIFY(cancelled.isCancelled());

    SectionSpec spec;
    spec.rows = 10;
    spec.seatsPerRow = 10;
    const Result<QList<LayoutSeat>> seats = LayoutGenerator::generateSection(spec, &cancelled);
    QVERIFY(!seats);
    QCOMPARE(seats.error().message, LayoutProgress::cancelledError().message);
    const Result<ImportReport> fromJson = PretixFormat::import(json, &cancelled);
    QVERIFY(!fromJson);
    QCOMPARE(fromJson.error().message, LayoutProgress::cancelledError().message);
    const Result<ImportReport> fromCsv = LayoutCsv::import(csv, {}, &cancelled);
    QVERIFY(!fromCsv);
    QCOMPARE(fromCsv.error().message, LayoutProgress::cancelledError().message);
    QVERIFY(PretixFormat::exportLayout(stadium, &cancelled).isEmpty());
    QVERIFY(LayoutCsv::exportLayout(stadium, &cancelled).isEmpty());
    QVERIFY(cancelled.percent() < 100);
}

QTEST_GUILESS_MAIN(TestLayoutIo)
#include "tst_layoutio.moc"
