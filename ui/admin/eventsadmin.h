#pragma once

#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tessera {

class BoxOffice;
class EventDialog;
class EventFilterProxy;
class EventTableModel;
class MessageBanner;
class Prompter;

/// The event admin's window: every event in a sortable, filterable table (name, venue, date,
/// status) with create, edit, duplicate and delete. An event with sold tickets is never deleted:
/// the window says how many tickets are sold and offers to take the event off sale instead
/// (the box office itself refuses such a delete too, so sales cannot be lost by a race).
class EventsAdmin final : public QWidget
{
    Q_OBJECT

public:
    explicit EventsAdmin(BoxOffice &box, QWidget *parent = nullptr);
    ~EventsAdmin() override;
    Q_DISABLE_COPY_MOVE(EventsAdmin)

    /// Replaces the confirmation seam (not owned; must outlive the window). Tests use this.
    void setPrompter(Prompter *prompter);

    EventTableModel *model() const { return m_model; }
    EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    MessageBanner *banner() const { return m_banner; }
    QUuid selectedEventId() const;
    void selectEvent(const QUuid &eventId);

public Q_SLOTS:
    /// Opens the dialog for a new event and returns it (window-modal, not blocking).
    EventDialog *newEvent();
    /// Opens the dialog for the selected event, or returns nullptr when none is selected.
    EventDialog *editSelected();
    /// Opens a new-event dialog prefilled from the selected event and its seating plan.
    EventDialog *duplicateSelected();
    /// Asks before deleting the selected event; refuses (offering "set inactive") when it has
    /// sold tickets.
    void deleteSelected();

Q_SIGNALS:
    /// An event was created, changed or deleted from this window.
    void eventsEdited();

private:
    void openDialog(EventDialog *dialog);
    void updateActions();
    void updateCount();
    void setInactive(const QUuid &eventId);

    BoxOffice &m_box;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    EventTableModel *m_model;
    EventFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    MessageBanner *m_banner;
    QLabel *m_count;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QUuid m_pendingSelection;
};

} // namespace tessera
