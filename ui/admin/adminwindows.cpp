#include "ui/admin/adminwindows.h"

#include "ui/admin/eventsadmin.h"
#include "ui/admin/queueadmin.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace tessera {

AdminWindows::AdminWindows(QMainWindow *window, BoxOffice &box)
    : QObject(window)
    , m_window(window)
    , m_box(box)
{
    setObjectName(u"adminWindows"_s);
}

AdminWindows *AdminWindows::install(QMainWindow *window, BoxOffice &box)
{
    auto *admin = new AdminWindows(window, box);
    QMenuBar *bar = window->menuBar();
    auto *menu = bar->findChild<QMenu *>(u"adminMenu"_s);
    if (!menu) {
        menu = new QMenu(tr("&Admin"), bar);
        menu->setObjectName(u"adminMenu"_s);
        QAction *before = nullptr;
        for (QAction *action : bar->actions()) {
            if (action->menu() && action->menu()->title().remove(u'&') == tr("Help"))
                before = action;
        }
        bar->insertMenu(before, menu);
    }
    QAction *events = menu->addAction(tr("&Events…"));
    events->setObjectName(u"adminEventsAction"_s);
    events->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    events->setStatusTip(tr("Create, edit, duplicate and delete events"));
    connect(events, &QAction::triggered, admin, &AdminWindows::openEvents);
    QAction *queue = menu->addAction(tr("&Waiting room…"));
    queue->setObjectName(u"adminWaitingRoomAction"_s);
    queue->setShortcut(QKeySequence(u"Ctrl+Shift+W"_s));
    queue->setStatusTip(tr("Queue settings, the waiting line, admissions and sessions"));
    connect(queue, &QAction::triggered, admin, &AdminWindows::openWaitingRoom);
    return admin;
}

EventsAdmin *AdminWindows::openEvents()
{
    if (!m_events) {
        m_events = new EventsAdmin(m_box, m_window);
        m_events->setAttribute(Qt::WA_DeleteOnClose);
        if (m_prompter)
            m_events->setPrompter(m_prompter);
    }
    m_events->show();
    m_events->raise();
    m_events->activateWindow();
    return m_events;
}

QueueAdmin *AdminWindows::openWaitingRoom()
{
    if (!m_queue) {
        m_queue = new QueueAdmin(m_box, m_window);
        m_queue->setAttribute(Qt::WA_DeleteOnClose);
        if (m_prompter)
            m_queue->setPrompter(m_prompter);
        if (const QUuid shown = m_shownEvent ? m_shownEvent() : QUuid(); !shown.isNull())
            m_queue->chooseEvent(shown);
    }
    m_queue->show();
    m_queue->raise();
    m_queue->activateWindow();
    return m_queue;
}

} // namespace tessera
