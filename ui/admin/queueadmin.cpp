#include "ui/admin/queueadmin.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/admin/datetimefield.h"
#include "ui/admin/queuelinemodel.h"
#include "ui/admin/queueroomsource.h"
#include "ui/admin/queuesessionmodel.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/mainwindow/windowclosing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QTableView *tableView(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // One row height for all rows: the view never asks a million rows for their size.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QLabel *hexLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

QueueAdmin::QueueAdmin(BoxOffice &box, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_box(box)
    , m_ownPrompter(std::make_unique<DialogPrompter>())
    , m_prompter(m_ownPrompter.get())
    , m_line(new QueueLineModel(nullptr, this))
    , m_sessions(new QueueSessionModel(nullptr, this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"queueAdmin"_s);
    setWindowTitle(tr("Waiting room — Tessera"));

    m_event = new QComboBox(this);
    m_event->setObjectName(u"queueEvent"_s);
    m_event->setMinimumContentsLength(30);
    auto *eventLabel = new QLabel(tr("&Event:"), this);
    eventLabel->setBuddy(m_event);
    auto *eventRow = new QHBoxLayout;
    eventRow->addWidget(eventLabel);
    eventRow->addWidget(m_event, 1);
    m_banner = new MessageBanner(this);

    // Settings.
    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *grid = new QGridLayout(settings);
    m_enabled = new QCheckBox(tr("Online buyers must queue for this event"), settings);
    m_enabled->setToolTip(tr("Purchases through the web need an admitted waiting-room session; the box "
                             "office counter never queues"));
    grid->addWidget(m_enabled, 0, 0, 1, 4);
    m_rate = new QSpinBox(settings);
    m_rate->setRange(0, 1'000'000);
    m_rate->setSingleStep(10);
    m_rate->setSuffix(tr(" per minute"));
    m_rate->setSpecialValueText(tr("by hand only"));
    m_rate->setToolTip(tr("People let in automatically each minute; 0 admits only with \"Admit next\""));
    grid->addWidget(new QLabel(tr("Admissions:"), settings), 1, 0);
    grid->addWidget(m_rate, 1, 1);
    m_ttl = new QSpinBox(settings);
    m_ttl->setRange(1, 24 * 60);
    m_ttl->setValue(15);
    m_ttl->setSuffix(tr(" min"));
    m_ttl->setToolTip(tr("How long an admitted person may shop before the session ends (unless it is "
                         "refreshed)"));
    grid->addWidget(new QLabel(tr("Session time:"), settings), 1, 2);
    grid->addWidget(m_ttl, 1, 3);
    m_preQueue = new QCheckBox(tr("Pre-queue until"), settings);
    m_preQueue->setToolTip(tr("Everyone who arrives before this time gets a random place, drawn at opening "
                              "from the seed whose hash is published below"));
    m_opening = new DateTimeField(u"ddd d MMM yyyy  HH:mm:ss"_s, settings);
    m_opening->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_opening->setEnabled(false);
    grid->addWidget(m_preQueue, 2, 0);
    grid->addWidget(m_opening, 2, 1, 1, 2);
    m_apply = new QPushButton(tr("&Apply"), settings);
    m_apply->setToolTip(tr("Save the settings of this waiting room"));
    grid->addWidget(m_apply, 2, 3);
    grid->addWidget(new QLabel(tr("Seed hash:"), settings), 3, 0);
    m_seedHash = hexLabel(settings);
    m_seedHash->setToolTip(tr("SHA-256 of the secret shuffle seed, published before opening"));
    grid->addWidget(m_seedHash, 3, 1, 1, 4);
    grid->addWidget(new QLabel(tr("Seed:"), settings), 4, 0);
    m_seed = hexLabel(settings);
    m_seed->setToolTip(tr("Revealed when the room opens: anyone can check its hash and redo the draw"));
    grid->addWidget(m_seed, 4, 1, 1, 4);
    grid->setColumnStretch(4, 1);

    // Line controls and statistics.
    m_stats = new QLabel(this);
    m_stats->setObjectName(u"queueStatistics"_s);
    m_stats->setTextFormat(Qt::RichText);
    m_admitCount = new QSpinBox(this);
    m_admitCount->setRange(1, 100'000);
    m_admitCount->setValue(10);
    m_admit = new QPushButton(tr("Ad&mit next"), this);
    m_admit->setToolTip(tr("Let the first people in line in now (Ctrl+Return)"));
    m_admit->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setToolTip(tr("Take the selected person out of the waiting room (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_admit);
    actions->addWidget(m_admitCount);
    actions->addWidget(new QLabel(tr("people"), this));
    actions->addSpacing(12);
    actions->addWidget(m_remove);
    actions->addStretch();

    m_lineView = tableView(this, m_line, u"queueLine"_s);
    m_lineView->horizontalHeader()->setSectionResizeMode(QueueLineModel::UserColumn, QHeaderView::Stretch);
    m_lineView->horizontalHeader()->moveSection(
        m_lineView->horizontalHeader()->visualIndex(QueueLineModel::PositionColumn), 0);
    m_sessionView = tableView(this, m_sessions, u"queueSessions"_s);
    m_sessionView->horizontalHeader()->setSectionResizeMode(QueueSessionModel::UserColumn,
                                                            QHeaderView::Stretch);
    auto *linePane = new QWidget(this);
    auto *lineLayout = new QVBoxLayout(linePane);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    m_lineTitle = new QLabel(linePane);
    lineLayout->addWidget(m_lineTitle);
    lineLayout->addWidget(m_lineView, 1);
    auto *sessionPane = new QWidget(this);
    auto *sessionLayout = new QVBoxLayout(sessionPane);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    m_sessionTitle = new QLabel(sessionPane);
    sessionLayout->addWidget(m_sessionTitle);
    sessionLayout->addWidget(m_sessionView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(linePane);
    splitter->addWidget(sessionPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    // Messages at the bottom: the queue's lists give up room, no button moves under the pointer.
    layout->addLayout(eventRow);
    layout->addWidget(settings);
    layout->addWidget(m_stats);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(makeWindowClosable(this));
    layout->addLayout(bottom);

    connect(m_event, &QComboBox::currentIndexChanged, this,
            [this] { chooseEvent(m_event->currentData().toUuid()); });
    connect(m_preQueue, &QCheckBox::toggled, m_opening, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &QueueAdmin::applySettings);
    connect(m_admit, &QPushButton::clicked, this, &QueueAdmin::admitNext);
    connect(m_remove, &QPushButton::clicked, this, &QueueAdmin::removeSelected);
    connect(m_lineView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_lineView->selectionModel()->hasSelection())
            m_sessionView->clearSelection();
        updateActions();
    });
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_sessionView->selectionModel()->hasSelection())
            m_lineView->clearSelection();
        updateActions();
    });
    connect(&m_box, &BoxOffice::eventsChanged, this, &QueueAdmin::loadEvents);
    connect(m_timer, &QTimer::timeout, this, &QueueAdmin::refresh);
    m_timer->start(1000);

    loadEvents();
    updateActions();
    resize(1100, 760);
}

QueueAdmin::~QueueAdmin() = default;

void QueueAdmin::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_ownPrompter.get();
}

void QueueAdmin::loadEvents()
{
    whenReady(this, m_box.events(), [this](const Result<QList<Event>> &events) {
        if (!events) {
            m_banner->showError(events.error().message);
            return;
        }
        m_events = *events;
        const QUuid current = m_eventId;
        {
            const QSignalBlocker blocker(m_event);
            m_event->clear();
            const QLocale locale;
            for (const Event &event : m_events)
                m_event->addItem(
                    tr("%1 — %2, %3")
                        .arg(event.name, event.venue,
                             locale.toString(event.startTime.toLocalTime(), u"ddd d MMM yyyy, HH:mm"_s)),
                    event.id);
        }
        const int row = m_event->findData(current);
        if (row >= 0) {
            const QSignalBlocker blocker(m_event);
            m_event->setCurrentIndex(row);
            loadSettings();
        } else {
            m_event->setCurrentIndex(m_events.isEmpty() ? -1 : 0);
            chooseEvent(m_events.isEmpty() ? QUuid() : m_events.first().id);
        }
    });
}

void QueueAdmin::chooseEvent(const QUuid &eventId)
{
    if (eventId == m_eventId && m_source)
        return;
    const int row = m_event->findData(eventId);
    if (row >= 0 && m_event->currentIndex() != row) {
        m_event->setCurrentIndex(row); // comes back here
        return;
    }
    m_eventId = eventId;
    m_line->setSource(nullptr);
    m_sessions->setSource(nullptr);
    m_source = makeQueueRoomSource(m_box, eventId);
    m_settingsLoaded = false;
    if (m_source) {
        connect(m_source.get(), &QueueRoomSource::updated, this, &QueueAdmin::showRoom);
        if (auto *remote = qobject_cast<RemoteQueueRoomSource *>(m_source.get()))
            connect(remote, &RemoteQueueRoomSource::failed, m_banner, &MessageBanner::showError);
    }
    m_line->setSource(m_source.get());
    m_sessions->setSource(m_source.get());
    if (!eventId.isNull() && !m_source)
        m_banner->showError(tr("This box office does not show its waiting rooms."));
    else
        m_banner->dismiss();
    loadSettings();
    refresh();
}

void QueueAdmin::loadSettings()
{
    const auto event = std::find_if(m_events.cbegin(), m_events.cend(),
                                    [this](const Event &e) { return e.id == m_eventId; });
    m_enabled->setChecked(event != m_events.cend() && event->queueEnabled);
    if (!m_source || !m_source->hasSnapshot())
        return;
    m_settingsLoaded = true;
    const WaitingRoomConfig config = m_source->snapshot().config;
    m_rate->setValue(config.admissionsPerMinute);
    m_ttl->setValue(int(std::max<qint64>(1, config.sessionTtlMs / 60'000)));
    m_preQueue->setChecked(config.openingTimeMs.has_value());
    if (config.openingTimeMs)
        m_opening->setDateTime(QDateTime::fromMSecsSinceEpoch(*config.openingTimeMs));
}

void QueueAdmin::updateActions()
{
    const bool room = m_source && m_source->hasSnapshot();
    m_admit->setEnabled(room && m_line->rowCount() > 0);
    m_admitCount->setEnabled(room);
    m_apply->setEnabled(room);
    m_remove->setEnabled(
        room
        && (m_lineView->selectionModel()->hasSelection() || m_sessionView->selectionModel()->hasSelection()));
}

void QueueAdmin::refresh()
{
    if (m_source)
        m_source->update(); // showRoom() follows (at once for a room in this process)
    else
        showRoom();
}

void QueueAdmin::showRoom()
{
    // Rows keep their position while people move: the selection follows its person.
    const QModelIndex current = m_lineView->selectionModel()->currentIndex();
    const QUuid selected = m_lineView->selectionModel()->isRowSelected(current.row())
                               ? current.data(QueueLineModel::UserIdRole).toUuid()
                               : QUuid();
    m_line->refresh();
    if (!selected.isNull()
        && m_lineView->selectionModel()->currentIndex().data(QueueLineModel::UserIdRole).toUuid()
               != selected) {
        const int row = m_line->rowOfUser(selected);
        if (row >= 0)
            m_lineView->selectRow(row);
        else
            m_lineView->selectionModel()->clear();
    }
    m_sessions->refresh();
    const QLocale locale;
    if (!m_source || !m_source->hasSnapshot()) {
        m_stats->clear();
        m_seedHash->clear();
        m_seed->clear();
        m_lineTitle->setText(tr("<b>Waiting line</b>"));
        m_sessionTitle->setText(tr("<b>Active sessions</b>"));
        updateActions();
        return;
    }
    if (!m_settingsLoaded)
        loadSettings();
    const QueueRoomSnapshot room = m_source->snapshot();
    const WaitingRoomStatistics &stats = room.statistics;
    const std::optional<qint64> wait = room.newArrivalWaitMs;
    const QString seed = room.revealedSeed;
    m_seedHash->setText(room.seedHash);
    m_seed->setText(seed.isEmpty() ? tr("revealed when the room opens") : seed);
    m_preQueue->setEnabled(seed.isEmpty() || stats.totalJoined == 0);
    m_opening->setEnabled(m_preQueue->isEnabled() && m_preQueue->isChecked());
    QString preQueue;
    if (stats.preQueue > 0 || seed.isEmpty()) {
        const auto opening = room.config.openingTimeMs;
        preQueue =
            tr("<b>%1</b> in the pre-queue (order drawn at %2) · ")
                .arg(locale.toString(stats.preQueue),
                     opening ? locale.toString(QDateTime::fromMSecsSinceEpoch(*opening), QLocale::ShortFormat)
                             : tr("opening"));
    }
    m_stats->setText(
        preQueue
        + tr("<b>%1</b> waiting · <b>%2</b> shopping · %3 arrivals/min · %4 admissions/min · "
             "a new arrival waits about <b>%5</b> · %6 joined, %7 admitted, %8 bought, %9 expired, %10 left")
              .arg(locale.toString(stats.waiting), locale.toString(stats.active),
                   locale.toString(stats.arrivalsPerMinute, 'f', 1),
                   locale.toString(stats.admissionsPerMinute, 'f', 1),
                   wait ? durationText(*wait) : tr("— (nobody admitted yet)"),
                   locale.toString(stats.totalJoined), locale.toString(stats.totalAdmitted),
                   locale.toString(stats.totalCompleted), locale.toString(stats.totalExpired))
              .arg(locale.toString(stats.totalLeft)));
    m_lineTitle->setText(tr("<b>Waiting line</b> (%1)").arg(locale.toString(stats.waiting)));
    m_sessionTitle->setText(
        stats.active > m_sessions->rowCount()
            ? tr("<b>Active sessions</b> (%1, the %2 ending soonest shown)")
                  .arg(locale.toString(stats.active), locale.toString(m_sessions->rowCount()))
            : tr("<b>Active sessions</b> (%1)").arg(locale.toString(stats.active)));
    updateActions();
}

void QueueAdmin::admitNext()
{
    if (m_eventId.isNull())
        return;
    whenReady(this, m_box.admitNext(m_eventId, m_admitCount->value()),
              [this](const Result<QList<QueueEntry>> &admitted) {
                  if (!admitted) {
                      m_banner->showError(admitted.error().message);
                      return;
                  }
                  m_banner->showInfo(
                      admitted->size() == 1
                          ? tr("Admitted 1 person.")
                          : tr("Admitted %1 people.").arg(QLocale().toString(admitted->size())));
                  refresh();
                  Q_EMIT roomChanged();
              });
}

void QueueAdmin::removeSelected()
{
    QUuid user;
    if (const QModelIndexList rows = m_lineView->selectionModel()->selectedRows(); !rows.isEmpty())
        user = rows.first().data(QueueLineModel::UserIdRole).toUuid();
    else if (const QModelIndexList sessions = m_sessionView->selectionModel()->selectedRows();
             !sessions.isEmpty())
        user = sessions.first().data(QueueSessionModel::UserIdRole).toUuid();
    if (user.isNull() || m_eventId.isNull())
        return;
    const QString who = user.toString(QUuid::WithoutBraces);
    m_prompter->confirm(this, tr("Remove from the waiting room"),
                        tr("Remove %1 from the waiting room? They lose their place or their session and "
                           "would have to queue again.")
                            .arg(who),
                        tr("Remove"), [this, user, who, event = m_eventId] {
                            whenReady(this, m_box.leaveQueue(event, user), [this, who](const Status &left) {
                                if (!left) {
                                    m_banner->showError(left.error().message);
                                    return;
                                }
                                m_banner->showInfo(tr("Removed %1.").arg(who));
                                refresh();
                                Q_EMIT roomChanged();
                            });
                        });
}

void QueueAdmin::applySettings()
{
    if (m_eventId.isNull())
        return;
    WaitingRoomConfig config;
    config.admissionsPerMinute = m_rate->value();
    config.sessionTtlMs = qint64(m_ttl->value()) * 60'000;
    if (m_preQueue->isChecked())
        config.openingTimeMs = m_opening->dateTime().toMSecsSinceEpoch();
    const bool enabled = m_enabled->isChecked();
    whenReady(this, m_box.configureQueue(m_eventId, config), [this, enabled](const Status &configured) {
        if (!configured) {
            m_banner->showError(configured.error().message);
            loadSettings();
            return;
        }
        const auto event = std::find_if(m_events.cbegin(), m_events.cend(),
                                        [this](const Event &e) { return e.id == m_eventId; });
        if (event == m_events.cend() || event->queueEnabled == enabled) {
            m_banner->showInfo(tr("Waiting-room settings saved."));
            refresh();
            Q_EMIT roomChanged();
            return;
        }
        Event changed = *event;
        changed.queueEnabled = enabled;
        whenReady(this, m_box.updateEvent(changed), [this](const Result<Event> &updated) {
            if (!updated) {
                m_banner->showError(updated.error().message);
                return;
            }
            m_banner->showInfo(updated->queueEnabled
                                   ? tr("Waiting-room settings saved; online buyers now queue.")
                                   : tr("Waiting-room settings saved; online buyers no longer queue."));
            refresh();
            Q_EMIT roomChanged();
        });
    });
}

} // namespace tessera
