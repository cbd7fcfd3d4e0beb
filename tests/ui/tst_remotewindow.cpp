#include "core/layout/demodata.h"
#include "core/remote/remoteboxoffice.h"
#include "tests/server/serverfixture.h"
#include "tests/support/settle.h"
#include "tests/ui/uitestsupport.h"
#include "ui/mainwindow/connectdialog.h"
#include "ui/mainwindow/connectionindicator.h"
#include "ui/mainwindow/eventpicker.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/seatmap/seatmapview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace tessera::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSettleMs = 20000;

} // namespace

/// The desktop in remote mode against a real server on loopback: the Connect dialog logs in,
/// the main window draws the server's seats and follows another client's holds live, and the
/// status bar shows the connection state.
class TestRemoteWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectDialogRefusesWrongPassword();
    void connectDialogConnects();
    void windowFollowsTheServer();

private:
    ServerFixture m_server;
    QUuid m_eventId;
};

void TestRemoteWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TesseraTest"_s);
    QCoreApplication::setApplicationName(u"tst_remotewindow"_s);
    QSettings().clear();
    QVERIFY(m_server.start());
    const DemoEvent theatre = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = settle(m_server.office->createEvent(theatre.event, theatre.layout));
    QVERIFY(created);
    m_eventId = created->id;
}

void TestRemoteWindow::connectDialogRefusesWrongPassword()
{
    ConnectDialog dialog;
    dialog.serverEdit()->setText(m_server.url({}).toString());
    dialog.userEdit()->setText(u"clerk"_s);
    QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!connect->isEnabled()); // no password yet
    dialog.passwordEdit()->setText(u"wrong"_s);
    QVERIFY(connect->isEnabled());
    dialog.show();
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(u"Cannot connect"_s), kSettleMs);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeOffice());
    QVERIFY(dialog.passwordEdit()->isEnabled());
}

void TestRemoteWindow::connectDialogConnects()
{
    ConnectDialog dialog;
    dialog.serverEdit()->setText(m_server.url({}).toString());
    dialog.userEdit()->setText(u"clerk"_s);
    dialog.passwordEdit()->setText(u"clerk-secret"_s);
    dialog.rememberBox()->setChecked(true);
    dialog.show();
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/connect-dialog.png"_s));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kSettleMs);
    std::unique_ptr<RemoteBoxOffice> office = dialog.takeOffice();
    QVERIFY(office);
    QCOMPARE(office->connectionState(), ConnectionState::Connected);
    QVERIFY(office->catalogEntry(m_eventId));
    QCOMPARE(ConnectDialog::rememberedServer(), m_server.url({}).toString());
    QCOMPARE(ConnectDialog::rememberedUser(), u"clerk"_s);
    // The next dialog starts with them.
    ConnectDialog next;
    QCOMPARE(next.serverEdit()->text(), m_server.url({}).toString());
    QVERIFY(next.passwordEdit()->text().isEmpty());
}

void TestRemoteWindow::windowFollowsTheServer()
{
    RemoteBoxOffice::Options options;
    options.server = m_server.url({});
    options.username = u"clerk"_s;
    options.password = u"clerk-secret"_s;
    RemoteBoxOffice office(options);
    QVERIFY(settle(office.connectToServer()));

    MainWindow window(office, options.server.toString());
    auto *indicator = new ConnectionIndicator(office);
    window.statusBar()->addPermanentWidget(indicator);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"Connected"_s), kSettleMs);
    // The database field shows the server and its database writer's state from /status.
    auto *database = window.statusBar()->findChild<QLabel *>(u"databaseState"_s);
    QVERIFY(database);
    const QString server = u"127.0.0.1:%1"_s.arg(m_server.port);
    QTRY_COMPARE_WITH_TIMEOUT(database->text(), u"Server %1: database OK, backlog 0"_s.arg(server),
                              kSettleMs);
    window.openEvent(m_eventId);
    QCOMPARE(window.currentEventId(), m_eventId);
    QCOMPARE(window.seatMap()->entry()->event.id, m_eventId);

    // Another terminal (on the server itself) sells and holds seats: the map follows.
    const auto entry = m_server.office->catalogEntry(m_eventId);
    QList<QUuid> sold;
    for (int i = 40; i < 52; ++i)
        sold.append(entry->layout.seats.at(i).id);
    const Result<Hold> hold =
        settle(m_server.office->holdSeats(SeatHoldRequest{m_eventId, sold, u"clerk@box-office-2"_s}));
    QVERIFY(hold);
    SaleRequest sale;
    sale.holder = u"clerk@box-office-2"_s;
    QVERIFY(settle(m_server.office->sell(hold->id, sale)));
    QList<QUuid> held;
    for (int i = 120; i < 126; ++i)
        held.append(entry->layout.seats.at(i).id);
    QVERIFY(settle(m_server.office->holdSeats(SeatHoldRequest{m_eventId, held, u"clerk@box-office-2"_s})));
    const EventSpace *mirror = office.seatSpace(m_eventId);
    QTRY_COMPARE_WITH_TIMEOUT(mirror->seatState(51), SeatState::Sold, kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(mirror->seatState(125), SeatState::Held, kSettleMs);
    QCOMPARE(office.holderName(mirror->seatHolder(125)), u"clerk@box-office-2"_s);
    QTest::qWait(100); // let the coalesced repaint happen before the picture
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/remote-window-connected.png"_s));

    // The server stops accepting: the status bar says so while the client retries.
    m_server.server->stopAccepting();
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"Reconnecting"_s), kSettleMs);
    QCOMPARE(office.connectionState(), ConnectionState::Reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(database->text(), u"Server %1 unreachable — reconnecting…"_s.arg(server),
                              kSettleMs);
    QVERIFY(!database->text().contains(u"Database"_s));
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(window.grab().save(dir + u"/remote-window-reconnecting.png"_s));
    office.disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"Offline"_s), kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(database->text(), u"Server %1: offline"_s.arg(server), kSettleMs);
}

QTEST_MAIN(TestRemoteWindow)
#include "tst_remotewindow.moc"
