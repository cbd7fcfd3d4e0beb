#include "core/boxoffice/localboxoffice.h"
#include "core/layout/demodata.h"
#include "tests/ui/uitestsupport.h"
#include "ui/admin/queueadmin.h"
#include "ui/admin/queuelinemodel.h"
#include "ui/admin/queuesessionmodel.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/prompter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tessera;
using tessera::test::AcceptingPrompter;
using tessera::test::outputDir;
using namespace Qt::StringLiterals;

namespace {

QUuid userAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(QueueLineModel::UserIdRole).toUuid();
}

} // namespace

/// The waiting-room admin on a real LocalBoxOffice (SQLite file): people join through the box
/// office, the line shows them in order, admit next N moves them to the sessions, removing a
/// person, settings, the pre-queue seed, and the line model over 1,000,000 entries.
class TestQueueAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lineShowsJoinedUsersInOrder();
    void admitNextMovesToSessions();
    void selectionFollowsThePerson();
    void removeAUser();
    void settingsAreApplied();
    void preQueueShowsHashThenSeed();
    void settingsSurviveReopening();
    void millionEntries();
    void screenshot();

private:
    QList<QUuid> joinUsers(int count);
    /// Opens the box office on the test's database and a queue admin window on it.
    void openOffice();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
    std::unique_ptr<QueueAdmin> m_admin;
    std::unique_ptr<QAbstractItemModelTester> m_lineTester;
    std::unique_ptr<QAbstractItemModelTester> m_sessionTester;
    AcceptingPrompter m_prompter;
    Event m_event;
};

void TestQueueAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openOffice();
    QVERIFY(m_office);
    const DemoEvent demo = demoEvents(QDateTime::currentDateTimeUtc()).first();
    const Result<Event> created = m_office->createEvent(demo.event, demo.layout).result();
    QVERIFY(created);
    m_event = *created;
    m_admin = std::make_unique<QueueAdmin>(*m_office);
    m_admin->setPrompter(&m_prompter);
    m_lineTester = std::make_unique<QAbstractItemModelTester>(
        m_admin->lineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sessionTester = std::make_unique<QAbstractItemModelTester>(
        m_admin->sessionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_admin->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_admin.get()));
    QTRY_COMPARE(m_admin->eventId(), m_event.id);
}

void TestQueueAdmin::openOffice()
{
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir->filePath(u"tessera.db"_s));
    options.units = 1;
    auto office = LocalBoxOffice::open(options);
    QVERIFY2(office, office ? "" : qPrintable(office.error().message));
    m_office = std::move(office.value());
}

void TestQueueAdmin::cleanup()
{
    m_lineTester.reset();
    m_sessionTester.reset();
    m_admin.reset();
    m_office.reset();
    m_dir.reset();
}

QList<QUuid> TestQueueAdmin::joinUsers(int count)
{
    QList<QUuid> users;
    for (int i = 0; i < count; ++i) {
        const QUuid user = QUuid::createUuid();
        const Result<QueueEntry> joined = m_office->joinQueue(m_event.id, user).result();
        if (!joined || joined->position != i + 1)
            return {};
        users << user;
    }
    return users;
}

void TestQueueAdmin::lineShowsJoinedUsersInOrder()
{
    const QList<QUuid> users = joinUsers(1000);
    QCOMPARE(users.size(), 1000);
    m_admin->refresh();
    QueueLineModel *line = m_admin->lineModel();
    QCOMPARE(line->rowCount(), 1000);
    for (int row = 0; row < 1000; ++row) {
        QCOMPARE(userAt(line, row), users[row]);
        QCOMPARE(line->index(row, QueueLineModel::PositionColumn).data().toString(),
                 QLocale().toString(row + 1));
    }
    QCOMPARE(line->index(0, QueueLineModel::StatusColumn).data().toString(), u"waiting"_s);
    QCOMPARE(line->index(999, QueueLineModel::UserColumn).data().toString(),
             users[999].toString(QUuid::WithoutBraces));
    // Reading 1,000 rows in order took a few windows, not a read per row.
    QVERIFY2(line->windowReads() < 50, qPrintable(QString::number(line->windowReads())));
    QVERIFY(m_admin->statisticsLabel()->text().contains(u"1,000</b> waiting"_s)
            || m_admin->statisticsLabel()->text().contains(QLocale().toString(1000) + u"</b> waiting"_s));

    // More people join: rows are appended at the end.
    const QUuid late = QUuid::createUuid();
    QVERIFY(m_office->joinQueue(m_event.id, late).result());
    m_admin->refresh();
    QCOMPARE(line->rowCount(), 1001);
    QCOMPARE(userAt(line, 1000), late);
}

void TestQueueAdmin::admitNextMovesToSessions()
{
    const QList<QUuid> users = joinUsers(1000);
    QCOMPARE(users.size(), 1000);
    m_admin->refresh();
    QueueLineModel *line = m_admin->lineModel();
    m_admin->admitCountSpin()->setValue(10);
    QVERIFY(m_admin->admitButton()->isEnabled());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPoint admitAt = m_admin->admitButton()->mapTo(m_admin.get(), QPoint());
    QTest::mouseClick(m_admin->admitButton(), Qt::LeftButton);
    QTRY_COMPARE(line->rowCount(), 990);
    // The message that says so moves no button: the admin clicks Admit again where it was.
    QTRY_VERIFY(m_admin->banner()->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(m_admin->admitButton()->mapTo(m_admin.get(), QPoint()), admitAt);
    QCOMPARE(userAt(line, 0), users[10]);
    QCOMPARE(line->index(0, QueueLineModel::PositionColumn).data().toString(), u"1"_s);
    QueueSessionModel *sessions = m_admin->sessionModel();
    QCOMPARE(sessions->rowCount(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(sessions->index(i, 0).data(QueueSessionModel::UserIdRole).toUuid(), users[i]);
        const QueueEntry entry = *m_office->queuePosition(m_event.id, users[i]).result();
        QCOMPARE(entry.status, QueueStatus::Active);
    }
    QVERIFY2(sessions->index(0, QueueSessionModel::TimeLeftColumn).data().toString().contains(u"min"_s),
             qPrintable(sessions->index(0, QueueSessionModel::TimeLeftColumn).data().toString()));
    QVERIFY(m_admin->banner()->text().contains(u"10"_s));
}

void TestQueueAdmin::selectionFollowsThePerson()
{
    const QList<QUuid> users = joinUsers(100);
    QCOMPARE(users.size(), 100);
    m_admin->refresh();
    QTableView *view = m_admin->lineView();
    QueueLineModel *line = m_admin->lineModel();
    QSignalSpy removed(line, &QAbstractItemModel::rowsRemoved);
    view->selectRow(40);
    // Ten admitted from the front and two people leaving ahead: the person moves up 12 rows,
    // and the line only gets shorter at its end.
    QVERIFY(m_office->admitNext(m_event.id, 10).result());
    QVERIFY(m_office->leaveQueue(m_event.id, users[20]).result());
    QVERIFY(m_office->leaveQueue(m_event.id, users[30]).result());
    QVERIFY(m_office->joinQueue(m_event.id, QUuid::createUuid()).result());
    m_admin->refresh();
    QCOMPARE(line->rowCount(), 89);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 89);
    QCOMPARE(removed.first().at(2).toInt(), 99);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), 28);
    QCOMPARE(view->selectionModel()->currentIndex().data(QueueLineModel::UserIdRole).toUuid(), users[40]);
    // Once the person is admitted, nothing in the line is selected.
    QVERIFY(m_office->admitNext(m_event.id, 29).result());
    m_admin->refresh();
    QVERIFY(!view->selectionModel()->hasSelection());
    QVERIFY(!m_admin->removeButton()->isEnabled());
}

void TestQueueAdmin::removeAUser()
{
    const QList<QUuid> users = joinUsers(50);
    QCOMPARE(users.size(), 50);
    m_admin->refresh();
    QTableView *view = m_admin->lineView();
    view->selectRow(5);
    QVERIFY(m_admin->removeButton()->isEnabled());
    QTest::mouseClick(m_admin->removeButton(), Qt::LeftButton);
    QCOMPARE(m_prompter.questions.size(), 1);
    QVERIFY(m_prompter.questions.last().contains(users[5].toString(QUuid::WithoutBraces)));
    QTRY_COMPARE(m_admin->lineModel()->rowCount(), 49);
    QCOMPARE(userAt(m_admin->lineModel(), 5), users[6]);
    QCOMPARE(m_office->queuePosition(m_event.id, users[5]).result().errorCode(), ErrorCode::NotFound);
    QCOMPARE(m_office->queuePosition(m_event.id, users[6]).result()->position, 6);

    // An active session can be ended the same way.
    QVERIFY(m_office->admitNext(m_event.id, 2).result());
    m_admin->refresh();
    QCOMPARE(m_admin->sessionModel()->rowCount(), 2);
    m_admin->sessionView()->selectRow(0);
    QTest::mouseClick(m_admin->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(m_admin->sessionModel()->rowCount(), 1);
    QCOMPARE(m_office->queuePosition(m_event.id, users[0]).result().errorCode(), ErrorCode::NotFound);
}

void TestQueueAdmin::settingsAreApplied()
{
    m_admin->rateSpin()->setValue(120);
    m_admin->sessionMinutesSpin()->setValue(20);
    m_admin->queueEnabledCheck()->setChecked(true);
    QTest::mouseClick(m_admin->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(m_office->event(m_event.id).result()->queueEnabled);
    const WaitingRoomConfig config = m_office->waitingRoom(m_event.id)->config();
    QCOMPARE(config.admissionsPerMinute, 120);
    QCOMPARE(config.sessionTtlMs, 20 * 60'000);
    QVERIFY(!config.openingTimeMs);
    // With a rate there is an estimate for a new arrival.
    for (int i = 0; i < 40; ++i)
        QVERIFY(m_office->joinQueue(m_event.id, QUuid::createUuid()).result());
    m_admin->refresh();
    const QString stats = m_admin->statisticsLabel()->text();
    QVERIFY2(stats.contains(u"a new arrival waits about <b>"_s) && !stats.contains(u"nobody admitted"_s),
             qPrintable(stats));
}

void TestQueueAdmin::preQueueShowsHashThenSeed()
{
    // The room shown is open (nobody joined yet); a pre-queue closes it again until the opening.
    m_admin->preQueueCheck()->setChecked(true);
    const QDateTime opening = QDateTime::currentDateTime().addSecs(5);
    m_admin->openingEdit()->setDateTime(opening);
    QTest::mouseClick(m_admin->applyButton(), Qt::LeftButton);
    WaitingRoom *room = m_office->waitingRoom(m_event.id);
    QTRY_VERIFY(room->config().openingTimeMs.has_value());
    m_admin->refresh();
    const QString hash = m_admin->seedHashLabel()->text();
    QCOMPARE(hash.size(), 64);
    QCOMPARE(m_admin->seedLabel()->text(), u"revealed when the room opens"_s);
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_office->joinQueue(m_event.id, QUuid::createUuid()).result());
    m_admin->refresh();
    QVERIFY2(m_admin->statisticsLabel()->text().contains(u"<b>20</b> in the pre-queue"_s),
             qPrintable(m_admin->statisticsLabel()->text()));
    QCOMPARE(m_admin->lineModel()->rowCount(), 0);

    // Opening draws the order and reveals the seed, whose hash is the one published.
    QTRY_VERIFY_WITH_TIMEOUT(!room->revealedSeed().isEmpty(), 20000);
    m_admin->refresh();
    const QString seed = m_admin->seedLabel()->text();
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(QByteArray::fromHex(seed.toLatin1()), QCryptographicHash::Sha256)
                     .toHex()),
             hash);
    QCOMPARE(m_admin->seedHashLabel()->text(), hash);
    QCOMPARE(m_admin->lineModel()->rowCount(), 20);
    const QList<QUuid> drawn =
        *WaitingRoom::shuffledOrder(QByteArray::fromHex(seed.toLatin1()), room->preQueueUsers());
    for (int row = 0; row < 20; ++row)
        QCOMPARE(userAt(m_admin->lineModel(), row), drawn[row]);
}

void TestQueueAdmin::settingsSurviveReopening()
{
    // Settings changed in the window, with a pre-queue whose seed hash is published...
    m_admin->rateSpin()->setValue(240);
    m_admin->sessionMinutesSpin()->setValue(25);
    m_admin->preQueueCheck()->setChecked(true);
    const QDateTime opening = QDateTime::currentDateTime().addDays(2);
    m_admin->openingEdit()->setDateTime(opening);
    QTest::mouseClick(m_admin->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(m_admin->banner()->text().contains(u"saved"_s));
    const WaitingRoomConfig config = m_office->waitingRoom(m_event.id)->config();
    QCOMPARE(config.admissionsPerMinute, 240);
    QCOMPARE(config.sessionTtlMs, 25 * 60'000);
    QVERIFY(config.openingTimeMs);
    m_admin->refresh();
    const QString hash = m_admin->seedHashLabel()->text();
    QCOMPARE(hash.size(), 64);
    QCOMPARE(m_admin->seedLabel()->text(), u"revealed when the room opens"_s);

    // ...are all back after the box office is closed and opened again, the hash unchanged.
    m_lineTester.reset();
    m_sessionTester.reset();
    m_admin.reset();
    m_office.reset();
    openOffice();
    QVERIFY(m_office);
    QCOMPARE(m_office->waitingRoom(m_event.id)->config(), config);
    m_admin = std::make_unique<QueueAdmin>(*m_office);
    m_admin->setPrompter(&m_prompter);
    m_admin->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_admin.get()));
    QTRY_COMPARE(m_admin->eventId(), m_event.id);
    QCOMPARE(m_admin->rateSpin()->value(), 240);
    QCOMPARE(m_admin->sessionMinutesSpin()->value(), 25);
    QVERIFY(m_admin->preQueueCheck()->isChecked());
    QCOMPARE(m_admin->openingEdit()->dateTime().toSecsSinceEpoch() / 60, opening.toSecsSinceEpoch() / 60);
    m_admin->refresh();
    QCOMPARE(m_admin->seedHashLabel()->text(), hash);
    QCOMPARE(m_admin->seedLabel()->text(), u"revealed when the room opens"_s);

    // People join the pre-queue; the room keeps its seed, so the order drawn at opening can be
    // checked against the hash published before the restart.
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_office->joinQueue(m_event.id, QUuid::createUuid()).result());
    WaitingRoom *room = m_office->waitingRoom(m_event.id);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(room->secretSeed(), QCryptographicHash::Sha256).toHex()),
        hash);
}

void TestQueueAdmin::millionEntries()
{
    // The window's own model is checked in the other tests; here a second model over the same
    // room gets a tester that walks all 1,000,000 rows after every change.
    m_lineTester.reset();
    WaitingRoom *room = m_office->waitingRoom(m_event.id);
    constexpr int kEntries = 1'000'000;
    QUuid last;
    for (int i = 0; i < kEntries; ++i) {
        last = QUuid::createUuid();
        QVERIFY(room->join(last));
    }
    // A model of its own with a tester that walks all of it.
    QueueLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoom(room);
    QCOMPARE(model.rowCount(), kEntries);
    QCOMPARE(model.index(kEntries - 1, QueueLineModel::UserColumn).data(QueueLineModel::UserIdRole).toUuid(),
             last);
    QCOMPARE(model.index(kEntries - 1, QueueLineModel::PositionColumn).data().toString(),
             QLocale().toString(kEntries));
    const qint64 reads = model.windowReads();
    QCOMPARE(model.index(kEntries - 2, 0).data(QueueLineModel::UserIdRole).toUuid().isNull(), false);
    QCOMPARE(model.windowReads(), reads); // the same window

    QVERIFY(room->admitNext(10));
    model.refresh();
    QCOMPARE(model.rowCount(), kEntries - 10);
    QVERIFY(room->leave(userAt(&model, 500'000)));
    model.refresh();
    QCOMPARE(model.rowCount(), kEntries - 11);
    QCOMPARE(model.index(kEntries - 12, 0).data(QueueLineModel::UserIdRole).toUuid(), last);

    // The window's view scrolls to the end of the line.
    m_admin->refresh();
    QTableView *view = m_admin->lineView();
    QCOMPARE(view->model()->rowCount(), kEntries - 11);
    view->scrollToBottom();
    QTest::qWait(20);
    QVERIFY(!view->grab().isNull());
    QCOMPARE(view->indexAt(QPoint(5, view->viewport()->height() - 5)).row(), kEntries - 12);
}

void TestQueueAdmin::screenshot()
{
    m_lineTester.reset();
    WaitingRoom *room = m_office->waitingRoom(m_event.id);
    for (int i = 0; i < 250'000; ++i)
        QVERIFY(room->join(QUuid::createUuid()));
    QVERIFY(m_office->admitNext(m_event.id, 25).result());
    m_admin->rateSpin()->setValue(300);
    QTest::mouseClick(m_admin->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(room->config().admissionsPerMinute, 300);
    m_admin->refresh();
    m_admin->lineView()->scrollTo(m_admin->lineModel()->index(120'000, 0), QAbstractItemView::PositionAtTop);
    m_admin->lineView()->selectRow(120'003);
    m_admin->resize(1180, 760);
    QTest::qWait(50);
    const QImage image = m_admin->grab().toImage();
    QVERIFY(!image.isNull());
    if (const QString dir = outputDir(); !dir.isEmpty())
        QVERIFY(image.save(dir + u"/admin-queue.png"_s));
}

QTEST_MAIN(TestQueueAdmin)
#include "tst_queueadmin.moc"
