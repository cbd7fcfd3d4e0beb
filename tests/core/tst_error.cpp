#include "core/common/error.h"
#include "core/common/ids.h"
#include "core/common/result.h"

#include <QTest>

using namespace tessera;

class TestError final : public QObject
{
    Q_OBJECT

private slots:
    void wireNamesRoundTrip_data();
    void wireNamesRoundTrip();
    void resultCarriesValueOrError();
    void uuidsAreVersion4AndUnique();
};

void TestError::wireNamesRoundTrip_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("seat") << ErrorCode::SeatUnavailable << QStringLiteral("seat_unavailable");
    QTest::newRow("holder") << ErrorCode::NotHolder << QStringLiteral("not_holder");
    QTest::newRow("expired") << ErrorCode::HoldExpired << QStringLiteral("hold_expired");
    QTest::newRow("soldout") << ErrorCode::SoldOut << QStringLiteral("sold_out");
    QTest::newRow("input") << ErrorCode::InvalidInput << QStringLiteral("invalid_input");
    QTest::newRow("store") << ErrorCode::StoreUnavailable << QStringLiteral("store_unavailable");
}

void TestError::wireNamesRoundTrip()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QCOMPARE(errorCodeName(code), name);
    QCOMPARE(errorCodeFromName(name), code);
}

void TestError::resultCarriesValueOrError()
{
    Result<int> ok(42);
    QVERIFY(ok.hasValue());
    QCOMPARE(*ok, 42);
    Result<int> bad(ErrorCode::SoldOut, QStringLiteral("no places left"));
    QVERIFY(!bad);
    QCOMPARE(bad.errorCode(), ErrorCode::SoldOut);
    QCOMPARE(bad.error().message, QStringLiteral("no places left"));
    Status done;
    QVERIFY(done.hasValue());
}

void TestError::uuidsAreVersion4AndUnique()
{
    QSet<QUuid> seen;
    for (int i = 0; i < 1000; ++i) {
        const QUuid id = newUuid();
        QCOMPARE(id.version(), QUuid::Random);
        QCOMPARE(id.variant(), QUuid::DCE);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QCOMPARE(parseUuid(uuidText(id)), id);
    }
    QVERIFY(parseUuid(u"not-a-uuid").isNull());
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
