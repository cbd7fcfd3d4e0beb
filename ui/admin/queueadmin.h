#pragma once

#include "core/domain/event.h"

#include <QUuid>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace tessera {

class BoxOffice;
class Clock;
class MessageBanner;
class Prompter;
class QueueLineModel;
class QueueRoomSource;
class QueueSessionModel;

/// The queue admin's window for one event at a time: whether online buyers must queue, the
/// pre-queue opening time (with the published hash of the shuffle seed, and the seed itself once
/// the room has opened), admissions per minute or "admit next N" by hand, the session time; the
/// live waiting line (QueueLineModel, smooth at 1,000,000 people), the active sessions with
/// their countdowns, removing a person, and the room's rates and the wait a new arrival can
/// expect. Reads the room once a second through a QueueRoomSource: the engine's room on a local
/// box office, GET /events/{id}/queue and /queue/line (admin) on a server; never blocks on it.
class QueueAdmin final : public QWidget
{
    Q_OBJECT

public:
    explicit QueueAdmin(BoxOffice &box, QWidget *parent = nullptr);
    ~QueueAdmin() override;
    Q_DISABLE_COPY_MOVE(QueueAdmin)

    void setPrompter(Prompter *prompter);
    /// Shows the waiting room of this event (when it is listed).
    void chooseEvent(const QUuid &eventId);
    QUuid eventId() const { return m_eventId; }

    QueueLineModel *lineModel() const { return m_line; }
    /// Where the shown room is read from (null when no event is shown).
    QueueRoomSource *roomSource() const { return m_source.get(); }
    QueueSessionModel *sessionModel() const { return m_sessions; }
    QTableView *lineView() const { return m_lineView; }
    QTableView *sessionView() const { return m_sessionView; }
    QComboBox *eventCombo() const { return m_event; }
    QSpinBox *admitCountSpin() const { return m_admitCount; }
    QPushButton *admitButton() const { return m_admit; }
    QPushButton *removeButton() const { return m_remove; }
    QCheckBox *queueEnabledCheck() const { return m_enabled; }
    QSpinBox *rateSpin() const { return m_rate; }
    QSpinBox *sessionMinutesSpin() const { return m_ttl; }
    QCheckBox *preQueueCheck() const { return m_preQueue; }
    QDateTimeEdit *openingEdit() const { return m_opening; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *seedHashLabel() const { return m_seedHash; }
    QLabel *seedLabel() const { return m_seed; }
    QLabel *statisticsLabel() const { return m_stats; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    /// Reads the room again (the timer calls this every second); shown when it has been read.
    void refresh();
    /// Admits the next N (the spin box) people in line.
    void admitNext();
    /// Asks, then removes the person selected in the line or the sessions from the room.
    void removeSelected();
    /// Saves the settings (queue on/off, rate, session time, pre-queue opening).
    void applySettings();

Q_SIGNALS:
    /// The room was changed from this window (admitted, removed, configured).
    void roomChanged();

private:
    void loadEvents();
    void loadSettings();
    void updateActions();
    /// Shows what the source read last.
    void showRoom();

    BoxOffice &m_box;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QUuid m_eventId;
    QList<Event> m_events;
    std::unique_ptr<QueueRoomSource> m_source;
    bool m_settingsLoaded = false;

    QComboBox *m_event;
    MessageBanner *m_banner;
    QCheckBox *m_enabled;
    QSpinBox *m_rate;
    QSpinBox *m_ttl;
    QCheckBox *m_preQueue;
    QDateTimeEdit *m_opening;
    QPushButton *m_apply;
    QLabel *m_seedHash;
    QLabel *m_seed;
    QLabel *m_stats;
    QSpinBox *m_admitCount;
    QPushButton *m_admit;
    QPushButton *m_remove;
    QueueLineModel *m_line;
    QueueSessionModel *m_sessions;
    QTableView *m_lineView;
    QTableView *m_sessionView;
    QLabel *m_lineTitle;
    QLabel *m_sessionTitle;
    QTimer *m_timer;
};

} // namespace tessera
