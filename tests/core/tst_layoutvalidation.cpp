#include "core/common/ids.h"
#include "core/layout/layoutvalidation.h"

#include <QTest>

using namespace tessera;

namespace {

using Severity = LayoutProblem::Severity;

LayoutSeat seat(const char *row, const char *number, double x, double y, const char *category = "main")
{
    LayoutSeat s;
    s.id = newUuid();
    s.section = QStringLiteral("Stalls");
    s.row = QLatin1StringView(row);
    s.number = QLatin1StringView(number);
    s.x = x;
    s.y = y;
    s.category = QLatin1StringView(category);
    return s;
}

/// Stalls A-1..A-4 ten apart, B-1..B-4 twenty behind, one standing area; nothing wrong.
VenueLayout cleanLayout()
{
    VenueLayout layout;
    layout.name = QStringLiteral("Hall");
    layout.categories = {{QStringLiteral("main"), QStringLiteral("Main"), QStringLiteral("#336699"), 1000}};
    for (int i = 0; i < 4; ++i) {
        layout.seats.append(seat("A", QByteArray::number(i + 1).constData(), i * 10, 0));
    }
    for (int i = 0; i < 4; ++i)
        layout.seats.append(seat("B", QByteArray::number(i + 1).constData(), i * 10, 20));
    layout.standingAreas.append(
        {newUuid(), QStringLiteral("Back"), QStringLiteral("main"), 50, 0, 40, 40, 20});
    return layout;
}

QStringList messages(const QList<LayoutProblem> &problems)
{
    QStringList list;
    for (const LayoutProblem &p : problems)
        list.append(p.message);
    return list;
}

} // namespace

class TestLayoutValidation : public QObject
{
    Q_OBJECT

private slots:
    void cleanLayoutHasNoProblems();
    void duplicateIdsAndLabels();
    void categories();
    void overlappingSeats();
    void overlapsAreCapped();
    void standingAreas();
    void declaredCapacity();
};

void TestLayoutValidation::cleanLayoutHasNoProblems()
{
    const QList<LayoutProblem> problems = validateForSave(cleanLayout());
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join(u'\n')));
    QVERIFY(!hasErrors(problems));
}

void TestLayoutValidation::duplicateIdsAndLabels()
{
    VenueLayout layout = cleanLayout();
    layout.seats[5].id = layout.seats[1].id;
    layout.seats[6].row = QStringLiteral("A");
    layout.seats[6].number = QStringLiteral("2");
    layout.seats[7].number.clear();
    const QList<LayoutProblem> problems = validateForSave(layout);
    QCOMPARE(messages(problems),
             (QStringList{
                 QStringLiteral("Stalls B-2 at (10.0, 20.0) has the same id as Stalls A-2"),
                 QStringLiteral("Stalls A-2 at (20.0, 20.0) has the same label as the seat at (10.0, 0.0)"),
                 QStringLiteral("seat #8 at (30.0, 20.0) has no number"),
             }));
    QCOMPARE(problems[1].seat, 6);
    QCOMPARE(problems[1].where, QPointF(20, 20));
    QCOMPARE(problems[1].severity, Severity::Error);
    QVERIFY(hasErrors(problems));
}

void TestLayoutValidation::categories()
{
    VenueLayout layout = cleanLayout();
    layout.seats[0].category.clear();
    layout.seats[1].category = QStringLiteral("vip");
    layout.categories.append(
        {QStringLiteral("spare"), QStringLiteral("Spare"), QStringLiteral("#aabbcc"), 0});
    layout.categories.append({QStringLiteral("bad"), QStringLiteral("Bad"), QStringLiteral("red"), 0});
    const QList<LayoutProblem> problems = validateForSave(layout);
    QCOMPARE(messages(problems),
             (QStringList{
                 QStringLiteral("category \"bad\": colour: must be #rrggbb"),
                 QStringLiteral("Stalls A-1 at (0.0, 0.0) has no category"),
                 QStringLiteral("Stalls A-2 at (10.0, 0.0) has category \"vip\", which is not defined"),
                 QStringLiteral("category \"spare\" is not used by any seat or standing area"),
                 QStringLiteral("category \"bad\" is not used by any seat or standing area"),
             }));
    QCOMPARE(problems[3].severity, Severity::Warning);

    VenueLayout onlyUnused = cleanLayout();
    onlyUnused.categories.append(
        {QStringLiteral("spare"), QStringLiteral("Spare"), QStringLiteral("#aabbcc"), 0});
    QVERIFY(!hasErrors(validateForSave(onlyUnused)));
}

void TestLayoutValidation::overlappingSeats()
{
    VenueLayout layout = cleanLayout();
    layout.seats[2].x = 12; // 2 from A-2, the usual distance is 10
    layout.seats[7].x = 20.5;
    const QList<LayoutProblem> problems = validateForSave(layout);
    QCOMPARE(messages(problems), (QStringList{
                                     QStringLiteral("Stalls A-2 at (10.0, 0.0) overlaps Stalls A-3"),
                                     QStringLiteral("Stalls B-3 at (20.0, 20.0) overlaps Stalls B-4"),
                                 }));
    QCOMPARE(problems[0].seat, 1);
    QCOMPARE(problems[0].where, QPointF(10, 0));

    LayoutCheckOptions options;
    options.minimumSeatDistance = 1;
    QCOMPARE(validateForSave(layout, options).size(), 1);
}

void TestLayoutValidation::overlapsAreCapped()
{
    VenueLayout layout = cleanLayout();
    layout.seats.clear();
    for (int i = 0; i < 100; ++i)
        layout.seats.append(seat("A", QByteArray::number(i).constData(), 0, 0));
    const QList<LayoutProblem> problems = validateForSave(layout);
    QCOMPARE(problems.size(), 501);
    QCOMPARE(problems.constLast().message, QStringLiteral("4450 more pairs of seats overlap"));
}

void TestLayoutValidation::standingAreas()
{
    VenueLayout layout = cleanLayout();
    layout.standingAreas[0].capacity = 0;
    layout.standingAreas.append(
        {newUuid(), QStringLiteral("Bar"), QStringLiteral("nope"), 10, 20, 50, 40, 20});
    const QList<LayoutProblem> problems = validateForSave(layout);
    QCOMPARE(
        messages(problems),
        (QStringList{
            QStringLiteral("standing area Back at (0.0, 40.0) has capacity 0; it needs at least one place"),
            QStringLiteral("standing area Bar at (20.0, 50.0) has category \"nope\", which is not defined"),
            QStringLiteral("standing area Bar at (20.0, 50.0) overlaps standing area Back"),
        }));
    QCOMPARE(problems[2].standing, 1);
    QCOMPARE(problems[2].where, QPointF(40, 60));
}

void TestLayoutValidation::declaredCapacity()
{
    const VenueLayout layout = cleanLayout();
    LayoutCheckOptions options;
    options.declaredCapacity = 58;
    QVERIFY(validateForSave(layout, options).isEmpty());
    options.declaredCapacity = 60;
    QCOMPARE(messages(validateForSave(layout, options)),
             QStringList{QStringLiteral(
                 "the layout holds 58 places (8 seats + 50 standing) but the venue declares 60")});
}

QTEST_GUILESS_MAIN(TestLayoutValidation)
#include "tst_layoutvalidation.moc"
