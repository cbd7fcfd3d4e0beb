#include "core/layout/demodata.h"
#include "core/remote/remoteboxoffice.h"
#include "tests/server/serverfixture.h"
#include "tests/support/settle.h"
#include "tests/ui/uitestsupport.h"
#include "ui/admin/queueadmin.h"
#include "ui/admin/queuelinemodel.h"
#include "ui/admin/queueroomsource.h"
#include "ui/admin/queuesessionmodel.h"
#include "ui/mainwindow/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using tessera::test::settle;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleMs = 20000;
constexpr int kPeople = 600;

QUuid userAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(QueueLineModel::UserIdRole).toUuid();
}

std::unique_ptr<RemoteBoxOffice> client(const QUrl &url, const QString &user, const QString &password)
{
    RemoteBoxOffice::Options options;
    options.server = url;
    options.username = user;
    options.password = password;
    auto office = std::make_unique<RemoteBoxOffice>(options);
    if (!settle(office->connectToServer()))
        return nullptr;
    return office;
}

} // namespace

/// The waiting-room admin window in remote mode, against a real server on loopback: the line
/// is read from the server in windows by position, admitting, removing and the settings go
/// through the API, and a clerk (no admin role) is told why nothing is shown.
class TestQueueAdminRemote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manageTheServersWaitingRoom();
    void clerkIsRefused();

private:
    test::ServerFixture m_server;
    QUuid m_eventId;
    QList<QUuid> m_users;
};

void TestQueueAdminRemote::initTestCase()
{
    QVERIFY(m_server.start());
    const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = settle(m_server.office->createEvent(theatre.event, theatre.layout));
    QVERIFY(created);
    m_eventId = created->id;
    for (int i = 0; i < kPeople; ++i) {
        const QUuid user = QUuid::createUuid();
        QVERIFY(settle(m_server.office->joinQueue(m_eventId, user)));
        m_users.append(user);
    }
}

void TestQueueAdminRemote::manageTheServersWaitingRoom()
{
    auto office = client(m_server.url({}), u"admin"_s, u"admin-secret"_s);
    QVERIFY(office);
    QVERIFY(!office->waitingRoom(m_eventId)); // no shortcut: everything comes over HTTP
    QueueAdmin admin(*office);
    AcceptingPrompter prompter;
    admin.setPrompter(&prompter);
    QAbstractItemModelTester lineTester(admin.lineModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sessionTester(admin.sessionModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    admin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&admin));
    QTRY_COMPARE_WITH_TIMEOUT(admin.eventId(), m_eventId, kSettleMs);
    QVERIFY(qobject_cast<RemoteQueueRoomSource *>(admin.roomSource()));

    // The line arrives in windows: the front and the far end, read on demand.
    QueueLineModel *line = admin.lineModel();
    QTRY_COMPARE_WITH_TIMEOUT(line->rowCount(), kPeople, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(userAt(line, 0), m_users[0], kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(userAt(line, kPeople - 1), m_users[kPeople - 1], kSettleMs);
    QCOMPARE(line->index(kPeople - 1, QueueLineModel::PositionColumn).data().toString(),
             QLocale().toString(kPeople));
    QTRY_VERIFY_WITH_TIMEOUT(admin.statisticsLabel()->text().contains(u"600</b> waiting"_s), kSettleMs);
    QVERIFY(!admin.seedHashLabel()->text().isEmpty());
    QCOMPARE(admin.seedHashLabel()->text(), m_server.office->waitingRoom(m_eventId)->seedHash());

    // Admit five: they move from the line to the sessions, on the server.
    admin.admitCountSpin()->setValue(5);
    QTRY_VERIFY_WITH_TIMEOUT(admin.admitButton()->isEnabled(), kSettleMs);
    QTest::mouseClick(admin.admitButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(line->rowCount(), kPeople - 5, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(admin.sessionModel()->rowCount(), 5, kSettleMs);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(admin.sessionModel()->index(i, 0).data(QueueSessionModel::UserIdRole).toUuid(), m_users[i]);
        QCOMPARE(settle(m_server.office->queuePosition(m_eventId, m_users[i]))->status, QueueStatus::Active);
    }
    QTRY_COMPARE_WITH_TIMEOUT(userAt(line, 0), m_users[5], kSettleMs);

    // Remove the person now at the front of the line.
    admin.lineView()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(admin.removeButton()->isEnabled(), kSettleMs);
    QTest::mouseClick(admin.removeButton(), Qt::LeftButton);
    QCOMPARE(prompter.questions.size(), 1);
    QVERIFY(prompter.questions.last().contains(m_users[5].toString(QUuid::WithoutBraces)));
    QTRY_COMPARE_WITH_TIMEOUT(line->rowCount(), kPeople - 6, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(userAt(line, 0), m_users[6], kSettleMs);
    QCOMPARE(settle(m_server.office->queuePosition(m_eventId, m_users[5])).errorCode(), ErrorCode::NotFound);

    // Settings are saved on the server.
    admin.sessionMinutesSpin()->setValue(25);
    QTest::mouseClick(admin.applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.office->waitingRoom(m_eventId)->config().sessionTtlMs, 25 * 60'000,
                              kSettleMs);

    admin.lineView()->scrollTo(line->index(300, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE_WITH_TIMEOUT(userAt(line, 300), m_users[306], kSettleMs);
    QTest::qWait(50);
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(admin.grab().save(dir + u"/admin-queue-remote.png"_s));
}

void TestQueueAdminRemote::clerkIsRefused()
{
    auto office = client(m_server.url({}), u"clerk"_s, u"clerk-secret"_s);
    QVERIFY(office);
    QueueAdmin admin(*office);
    admin.show();
    QTRY_COMPARE_WITH_TIMEOUT(admin.eventId(), m_eventId, kSettleMs);
    QTRY_VERIFY_WITH_TIMEOUT(!admin.banner()->text().isEmpty(), kSettleMs);
    QCOMPARE(admin.lineModel()->rowCount(), 0);
    QVERIFY(!admin.admitButton()->isEnabled());
}

QTEST_MAIN(TestQueueAdminRemote)
#include "tst_queueadminremote.moc"
