#include "ui/mainwindow/eventpicker.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/mainwindow/eventlistmodel.h"
#include "ui/mainwindow/uisupport.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tessera {

using namespace Qt::StringLiterals;

/// The search filter of the event list, which also hides ended events unless asked to show
/// them; the chosen event is always kept.
class EventPickerFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Every word must start a word of the event's name, venue or start date, in any order:
    /// "dec 8" finds Tue 8 Dec and not 18 Dec or 2028, "lights" finds Winter Lights Tour.
    void setWords(const QString &text)
    {
        // Words split at any space; commas and full stops at their ends are left out ("dec.").
        m_words.clear();
        for (QString word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
            while (!word.isEmpty() && (word.back() == u',' || word.back() == u'.' || word.back() == u';'))
                word.chop(1);
            if (!word.isEmpty())
                m_words << word;
        }
        invalidateFilter();
    }
    void setShowEnded(bool show)
    {
        m_showEnded = show;
        invalidateFilter();
    }
    void setKept(const QUuid &eventId)
    {
        const QUuid before = std::exchange(m_kept, eventId);
        if (m_showEnded || before == eventId)
            return;
        // An ended event chosen before leaves the list, once the choice has been made.
        for (int row = 0; row < sourceModel()->rowCount(); ++row) {
            const QModelIndex index = sourceModel()->index(row, 0);
            if (index.data(EventListModel::EventIdRole).toUuid() == before
                && index.data(EventListModel::EndedRole).toBool())
                QMetaObject::invokeMethod(this, &EventPickerFilter::invalidateFilter, Qt::QueuedConnection);
        }
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        // The name and the venue are the first two lines, the start date the rest.
        const QString text = index.data(EventListModel::SearchTextRole).toString();
        const qsizetype dates = text.indexOf(u'\n', text.indexOf(u'\n') + 1);
        const QString names = dates < 0 ? text : text.left(dates);
        for (const QString &word : m_words) {
            if (!startsAWord(names, word, false) && (dates < 0 || !startsAWord(text.mid(dates), word, true)))
                return false;
        }
        return m_showEnded || !index.data(EventListModel::EndedRole).toBool()
               || index.data(EventListModel::EventIdRole).toUuid() == m_kept;
    }

private:
    static bool startsAWord(const QString &text, const QString &word, bool inDates)
    {
        // In the dates, a number of one or two digits is a day: it must be a whole number and not
        // part of a date or time written with separators, so "dec 2" finds 2 Dec and not 2026,
        // 12/2 or 19:20. In a name it starts a word as any word does ("24" finds 24/7 Festival).
        const bool day = inDates && word.size() <= 2
                         && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
        auto separator = [](QChar c) { return c == u'-' || c == u':' || c == u'/' || c == u'.'; };
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
            const QChar before = at == 0 ? QChar(u' ') : text.at(at - 1);
            if (before.isLetterOrNumber())
                continue;
            if (!day)
                return true;
            const qsizetype end = at + word.size();
            const QChar after = end == text.size() ? QChar(u' ') : text.at(end);
            if (!separator(before) && !after.isDigit() && (after == u'.' || !separator(after)))
                return true;
        }
        return false;
    }

    QStringList m_words;
    bool m_showEnded = false;
    QUuid m_kept;
};

EventPicker::EventPicker(BoxOffice &box, QWidget *parent)
    : QWidget(parent)
    , m_box(box)
    , m_model(new EventListModel(this))
    , m_proxy(new EventPickerFilter(this))
    , m_filter(new QLineEdit(this))
    , m_showEnded(new QCheckBox(this))
    , m_list(new QListView(this))
    , m_emptyNote(new QLabel(m_list->viewport()))
    , m_refreshTimer(new QTimer(this))
    , m_soonTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setPlaceholderText(tr("Search by name, venue or date"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("Type words of an event's name, its venue or its date, in any order: \"dec 8\" (Ctrl+K)"));
    m_showEnded->setObjectName(QStringLiteral("showEndedEvents"));
    m_showEnded->setToolTip(tr("List the events that are over too, to look at their seat maps. Their "
                               "tickets can no longer be sold."));
    updateShowEndedText();
    m_list->setObjectName(QStringLiteral("eventList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);

    auto *title = new QLabel(tr("<b>Events</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    // In the empty list, where the events would be, greyed as a placeholder is.
    m_emptyNote->setObjectName(QStringLiteral("eventListNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setEnabled(false);
    m_emptyNote->hide();
    auto *noteLayout = new QVBoxLayout(m_list->viewport());
    noteLayout->setContentsMargins(6, 6, 6, 6);
    noteLayout->addWidget(m_emptyNote);
    noteLayout->addStretch();
    layout->addWidget(m_showEnded);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { refilter([this, text] { m_proxy->setWords(text); }); });
    connect(m_showEnded, &QCheckBox::toggled, this, [this](bool show) {
        refilter([this, show] { m_proxy->setShowEnded(show); });
        if (m_current.isNull() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EventPicker::onCurrentChanged);
    connect(&m_box, &BoxOffice::eventsChanged, this, &EventPicker::refresh);
    // Sales anywhere change the available counts: reload them at most once a second.
    m_soonTimer->setSingleShot(true);
    m_soonTimer->setInterval(1000);
    connect(m_soonTimer, &QTimer::timeout, this, &EventPicker::refresh);
    auto soon = [this] {
        if (!m_soonTimer->isActive())
            m_soonTimer->start();
    };
    connect(&m_box, &BoxOffice::seatsChanged, this, soon);
    connect(&m_box, &BoxOffice::standingChanged, this, soon);
    m_refreshTimer->setInterval(10000);
    connect(m_refreshTimer, &QTimer::timeout, this, &EventPicker::refresh);
    m_refreshTimer->start();
    refresh();
}

void EventPicker::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    whenReady(this, m_box.events(), [this](const Result<QList<Event>> &events) {
        m_loading = false;
        if (!events)
            return;
        m_loaded = true;
        const QUuid keep = m_current;
        refilter([this, &events] {
            m_model->setEvents(*events);
            m_proxy->invalidate(); // an event may have ended since the last refresh
        });
        updateShowEndedText();
        updateEmptyNote();
        if (!keep.isNull() && m_model->rowOf(keep) >= 0)
            selectEvent(keep);
        else if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        Q_EMIT eventsLoaded(static_cast<int>(events->size()));
    });
}

void EventPicker::selectEvent(const QUuid &eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0) {
        // Not listed yet (created a moment ago): chosen when the next refresh brings it.
        m_current = eventId;
        m_proxy->setKept(eventId);
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    // A click marks its row after the current one changed: the row marked must be this one too.
    QItemSelectionModel *selection = m_list->selectionModel();
    if (selection->selectedIndexes() != QModelIndexList{index})
        selection->select(index, QItemSelectionModel::ClearAndSelect);
}

void EventPicker::refilter(const std::function<void()> &change)
{
    m_refiltering = true;
    change();
    const int row = m_current.isNull() ? -1 : m_model->rowOf(m_current);
    const QModelIndex shown = row >= 0 ? m_proxy->mapFromSource(m_model->index(row)) : QModelIndex();
    if (shown.isValid())
        m_list->setCurrentIndex(shown);
    else if (!m_current.isNull())
        m_list->selectionModel()->clear(); // the chosen event is hidden: no other row looks chosen
    m_refiltering = false;
    updateEmptyNote();
}

void EventPicker::onCurrentChanged()
{
    if (m_refiltering)
        return;
    const QUuid id = m_list->currentIndex().data(EventListModel::EventIdRole).toUuid();
    if (id.isNull() || id == m_current)
        return;
    m_current = id;
    m_proxy->setKept(id);
    Q_EMIT eventChosen(id);
}

void EventPicker::updateShowEndedText()
{
    int ended = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ended += m_model->index(row).data(EventListModel::EndedRole).toBool() ? 1 : 0;
    m_showEnded->setText(ended == 0 ? tr("Show ended events") : tr("Show ended events (%1)").arg(ended));
    m_showEnded->setEnabled(ended > 0 || m_showEnded->isChecked());
}

void EventPicker::updateEmptyNote()
{
    QString note;
    if (m_proxy->rowCount() == 0 && m_loaded) {
        const QString search = m_filter->text().simplified();
        if (!search.isEmpty()) {
            note = tr("No event matches \u201c%1\u201d.").arg(search);
            if (!m_showEnded->isChecked() && m_showEnded->isEnabled())
                note += u' ' + tr("Tick \u201cShow ended events\u201d to search those too.");
        } else if (m_model->rowCount() == 0) {
            note = tr("No events yet. Admin > Events creates one.");
        } else {
            note = tr("Every event has ended.");
        }
    }
    m_emptyNote->setText(note);
    m_emptyNote->setVisible(!note.isEmpty());
}

} // namespace tessera
