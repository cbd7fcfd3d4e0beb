#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class QMainWindow;
class QMenu;

namespace tessera {

class BoxOffice;
class EventsAdmin;
class Prompter;
class QueueAdmin;

/// The admin windows of a main window and its "Admin" menu: "Events…" and "Waiting room…".
/// Each window is created on first use, kept while the main window lives and raised when opened
/// again.
class AdminWindows final : public QObject
{
    Q_OBJECT

public:
    /// Adds the entries to the window's Admin menu (found by object name "adminMenu", created
    /// before the Help menu when missing) and returns the object, owned by the window.
    static AdminWindows *install(QMainWindow *window, BoxOffice &box);
    Q_DISABLE_COPY_MOVE(AdminWindows)

    /// The events window, created when needed, shown and raised.
    EventsAdmin *openEvents();
    /// The waiting-room window, created when needed, shown and raised.
    QueueAdmin *openWaitingRoom();
    /// Used by windows created from now on (tests).
    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    /// The event the main window shows: the waiting-room window opens on it.
    void setShownEvent(std::function<QUuid()> shownEvent) { m_shownEvent = std::move(shownEvent); }

private:
    AdminWindows(QMainWindow *window, BoxOffice &box);

    QMainWindow *m_window;
    BoxOffice &m_box;
    Prompter *m_prompter = nullptr;
    std::function<QUuid()> m_shownEvent;
    QPointer<EventsAdmin> m_events;
    QPointer<QueueAdmin> m_queue;
};

} // namespace tessera
