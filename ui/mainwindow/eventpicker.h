#pragma once

#include <QUuid>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLineEdit;
class QLabel;
class QListView;
class QTimer;

namespace tessera {

class BoxOffice;
class EventListModel;
class EventPickerFilter;

/// The list of events to sell, searchable by name, venue or date. Loads the events from the box
/// office (asynchronously), reloads them when they change, a second after seats change hands
/// (for the available counts) and every ten seconds, and keeps the chosen event chosen across reloads.
/// Events that have ended are hidden unless "Show ended events" is ticked (or one is the chosen
/// event, which stays listed when it ends while the clerk is on it).
class EventPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit EventPicker(BoxOffice &box, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventPicker)

    QUuid currentEventId() const { return m_current; }
    /// Chooses the event (when it is listed and not filtered out); an event not listed yet is
    /// chosen when a refresh brings it.
    void selectEvent(const QUuid &eventId);
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showEndedBox() const { return m_showEnded; }
    QListView *listView() const { return m_list; }
    EventListModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void eventChosen(const QUuid &eventId);
    /// The events were loaded (the first time and after every refresh).
    void eventsLoaded(int count);

private:
    void onCurrentChanged();
    /// Runs `change` (a new search text, the ended events shown or hidden, a refresh) without
    /// taking the list's moving current row for a choice: a search that hides the chosen event
    /// does not choose its neighbour. Afterwards the list marks the chosen event if it shows it.
    void refilter(const std::function<void()> &change);
    void updateShowEndedText();
    /// Says why the list is empty: no event matches the search, or there is no event yet.
    void updateEmptyNote();

    BoxOffice &m_box;
    EventListModel *m_model;
    EventPickerFilter *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showEnded;
    QListView *m_list;
    QLabel *m_emptyNote;
    QTimer *m_refreshTimer;
    QTimer *m_soonTimer;
    QUuid m_current;
    bool m_loaded = false; ///< the first list has come
    bool m_loading = false;
    bool m_refiltering = false; ///< inside refilter(): current-row changes are not choices
};

} // namespace tessera
