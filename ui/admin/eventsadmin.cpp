#include "ui/admin/eventsadmin.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/admin/eventdialog.h"
#include "ui/admin/eventfilterproxy.h"
#include "ui/admin/eventtablemodel.h"
#include "ui/mainwindow/messagebanner.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/mainwindow/windowclosing.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tessera {

EventsAdmin::EventsAdmin(BoxOffice &box, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_box(box)
    , m_ownPrompter(std::make_unique<DialogPrompter>())
    , m_prompter(m_ownPrompter.get())
    , m_model(new EventTableModel(box, this))
    , m_proxy(new EventFilterProxy(this))
{
    setObjectName(u"eventsAdmin"_s);
    setWindowTitle(tr("Events — Tessera"));
    m_proxy->setSourceModel(m_model);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addAction = [this, toolbar](const QString &text, const QKeySequence &key, const QString &tip) {
        QAction *action = toolbar->addAction(text);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
        addActions({action});
        return action;
    };
    connect(addAction(tr("&New event…"), QKeySequence::New, tr("Create an event with its seating plan")),
            &QAction::triggered, this, &EventsAdmin::newEvent);
    m_edit = addAction(tr("&Edit…"), QKeySequence(u"Ctrl+E"_s), tr("Change the selected event"));
    connect(m_edit, &QAction::triggered, this, &EventsAdmin::editSelected);
    m_duplicate = addAction(tr("D&uplicate…"), QKeySequence(u"Ctrl+D"_s),
                            tr("A new event with the details and seating plan of the selected one"));
    connect(m_duplicate, &QAction::triggered, this, &EventsAdmin::duplicateSelected);
    m_delete = addAction(tr("&Delete…"), QKeySequence::Delete, tr("Delete the selected event"));
    connect(m_delete, &QAction::triggered, this, &EventsAdmin::deleteSelected);
    toolbar->addSeparator();

    m_filter = new QLineEdit(toolbar);
    m_filter->setPlaceholderText(tr("Filter by name, venue or date"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(240);
    m_filter->setToolTip(tr("Every word must appear in the event's name, venue or start date (Ctrl+F)"));
    toolbar->addWidget(m_filter);
    m_statusFilter = new QComboBox(toolbar);
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (EventStatus status : {EventStatus::Active, EventStatus::Inactive, EventStatus::SoldOut})
        m_statusFilter->addItem(eventStatusText(status), int(status));
    toolbar->addWidget(m_statusFilter);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    QWidget::addAction(find);

    m_banner = new MessageBanner(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"eventsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_count = new QLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // Messages below the table: the table gives up its bottom, no row moves under the pointer.
    layout->addWidget(toolbar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(makeWindowClosable(this));
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setFilterText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional(EventStatus(status)));
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventsAdmin::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EventsAdmin::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventsAdmin::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EventsAdmin::updateCount);
    connect(m_model, &EventTableModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::NameColumn, QHeaderView::Stretch);
        if (!m_pendingSelection.isNull() && m_model->rowOf(m_pendingSelection) >= 0) {
            selectEvent(m_pendingSelection);
            m_pendingSelection = QUuid();
        }
        updateCount();
        updateActions();
    });
    connect(m_model, &EventTableModel::loadFailed, m_banner, &MessageBanner::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsAdmin::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &EventsAdmin::editSelected);

    m_model->refresh();
    updateActions();
    resize(1100, 520);
}

EventsAdmin::~EventsAdmin() = default;

void EventsAdmin::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_ownPrompter.get();
}

QUuid EventsAdmin::selectedEventId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QUuid() : rows.first().data(EventTableModel::EventIdRole).toUuid();
}

void EventsAdmin::selectEvent(const QUuid &eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0) {
        m_pendingSelection = eventId;
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void EventsAdmin::updateActions()
{
    const bool selected = !selectedEventId().isNull();
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void EventsAdmin::updateCount()
{
    const QLocale locale;
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString events = all == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(all));
    m_count->setText(shown == all ? events : tr("%1 of %2 shown").arg(locale.toString(shown), events));
}

void EventsAdmin::openDialog(EventDialog *dialog)
{
    connect(dialog, &EventDialog::saved, this, [this](const Event &event) {
        m_banner->showInfo(tr("Saved %1.").arg(event.name));
        m_pendingSelection = event.id;
        m_model->refresh();
        Q_EMIT eventsEdited();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

EventDialog *EventsAdmin::newEvent()
{
    EventDialog *dialog = EventDialog::createEvent(m_box, this);
    openDialog(dialog);
    return dialog;
}

EventDialog *EventsAdmin::editSelected()
{
    const int row = m_model->rowOf(selectedEventId());
    if (row < 0)
        return nullptr;
    EventDialog *dialog = EventDialog::editEvent(m_box, m_model->eventAt(row), this);
    openDialog(dialog);
    return dialog;
}

EventDialog *EventsAdmin::duplicateSelected()
{
    const int row = m_model->rowOf(selectedEventId());
    if (row < 0)
        return nullptr;
    const Event &event = m_model->eventAt(row);
    const auto entry = m_box.catalogEntry(event.id);
    if (!entry) {
        m_banner->showError(tr("%1 is no longer available.").arg(event.name));
        return nullptr;
    }
    EventDialog *dialog = EventDialog::duplicateEvent(m_box, event, entry->layout, this);
    openDialog(dialog);
    return dialog;
}

void EventsAdmin::deleteSelected()
{
    const int row = m_model->rowOf(selectedEventId());
    if (row < 0)
        return;
    const Event event = m_model->eventAt(row);
    const qint64 sold = soldTickets(m_box, event.id);
    const QLocale locale;
    if (sold > 0) {
        const QString tickets =
            sold == 1 ? tr("1 sold ticket") : tr("%1 sold tickets").arg(locale.toString(sold));
        const QString question = tr("%1 has %2. An event with sold tickets is not deleted: the tickets stay "
                                    "valid and their sales stay on record.\n\nCancel or refund the tickets "
                                    "in Find order first, or take the event off sale now.")
                                     .arg(event.name, tickets);
        m_prompter->confirm(this, tr("Cannot delete %1").arg(event.name), question, tr("Set inactive"),
                            [this, id = event.id] { setInactive(id); });
        return;
    }
    const EventSpace *space = m_box.seatSpace(event.id);
    const qint64 held = space ? space->counts().held : 0;
    QString question =
        tr("Delete %1 on %2 with its seating plan? This cannot be undone.")
            .arg(event.name, locale.toString(event.startTime.toLocalTime(), u"ddd d MMM yyyy, HH:mm"_s));
    if (held > 0)
        question +=
            u"\n\n"_s
            + (held == 1 ? tr("1 seat is held right now; the hold ends.")
                         : tr("%1 seats are held right now; the holds end.").arg(locale.toString(held)));
    m_prompter->confirm(this, tr("Delete event"), question, tr("Delete"),
                        [this, id = event.id, name = event.name] {
                            whenReady(this, m_box.deleteEvent(id), [this, name](const Status &deleted) {
                                if (!deleted) {
                                    m_banner->showError(deleted.error().message);
                                    return;
                                }
                                m_banner->showInfo(tr("Deleted %1.").arg(name));
                                m_model->refresh();
                                Q_EMIT eventsEdited();
                            });
                        });
}

void EventsAdmin::setInactive(const QUuid &eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return;
    Event event = m_model->eventAt(row);
    event.status = EventStatus::Inactive;
    whenReady(this, m_box.updateEvent(event), [this](const Result<Event> &updated) {
        if (!updated) {
            m_banner->showError(updated.error().message);
            return;
        }
        m_banner->showInfo(tr("%1 is no longer on sale; its tickets stay valid.").arg(updated->name));
        m_model->refresh();
        Q_EMIT eventsEdited();
    });
}

} // namespace tessera
