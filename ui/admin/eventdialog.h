#pragma once

#include "core/domain/event.h"
#include "core/domain/layout.h"

#include <QDialog>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tessera {

class BoxOffice;
class EventPlanPicker;

/// Creates, edits or duplicates an event: name, description, venue, start and end, type
/// (seated, standing, mixed), status, when sales open and how long holds last; for a new event
/// also its seating plan (EventPlanPicker). Each invalid field shows its message right below
/// it and the save button stays disabled until everything is valid; nothing reaches the box
/// office before that. Saving is asynchronous: the dialog closes when the box office has saved
/// the event and shows the box office's message (and stays open) when it refused.
class EventDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The fields that have a message of their own.
    enum class Field {
        Name,
        Venue,
        Times,
        SalesStart,
        Plan
    };

    /// A dialog for a new event, with sensible defaults (next week, 19:30 to 22:00).
    static EventDialog *createEvent(BoxOffice &box, QWidget *parent = nullptr);
    /// A dialog that edits `event` (its seating plan is kept).
    static EventDialog *editEvent(BoxOffice &box, const Event &event, QWidget *parent = nullptr);
    /// A dialog for a new event prefilled from `event` and offering its seating plan.
    static EventDialog *duplicateEvent(BoxOffice &box, const Event &event, const VenueLayout &layout,
                                       QWidget *parent = nullptr);
    ~EventDialog() override;
    Q_DISABLE_COPY_MOVE(EventDialog)

    bool isNewEvent() const { return m_original.id.isNull(); }
    /// The event as the fields describe it now.
    Event draft() const;
    /// Whether every field is valid (the save button is enabled exactly then).
    bool isValid() const;
    /// The message shown for a field; empty when the field is valid.
    QString message(Field field) const;
    QLabel *messageLabel(Field field) const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *venueEdit() const { return m_venue; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *salesStartCheck() const { return m_salesStartSet; }
    QDateTimeEdit *salesStartEdit() const { return m_salesStart; }
    QSpinBox *holdTimeSpin() const { return m_holdTime; }
    EventPlanPicker *planPicker() const { return m_plan; }
    QPushButton *saveButton() const;

    /// Replaces the question save() asks before moving an event with sold tickets to another
    /// time (tests): it gets the event as saved, as it will be, and the tickets sold; true moves.
    void setMoveQuestion(std::function<bool(const Event &, const Event &, qint64)> question)
    {
        m_askMove = std::move(question);
    }

public Q_SLOTS:
    /// Saves when valid (the save button).
    void save();

Q_SIGNALS:
    /// The box office saved the event (created or changed); the dialog then closes.
    void saved(const tessera::Event &event);

private:
    EventDialog(BoxOffice &box, const Event &original, QWidget *parent);
    void setFields(const Event &event);
    void validate();
    void setBusy(bool busy, const QString &text = {});
    void finishSave(const Result<Event> &result);
    /// Whether `event` starts or ends at another minute than the event being edited (always for
    /// a new event).
    bool timesMoved(const Event &event) const;
    /// Whether `event` starts at another minute (always for a new event): an event under way may
    /// still get a later end, but a start never moves into the past.
    bool startMoved(const Event &event) const;
    /// Asks before moving an event whose tickets are sold: their holders expect the old time.
    bool confirmMove(const Event &event, qint64 sold);

    BoxOffice &m_box;
    Event m_original;
    bool m_nameTouched = false;
    bool m_venueTouched = false;
    /// The names of the other events (case-folded): a name is how tessera-cli and clerks pick
    /// an event, so two events may not share one.
    QSet<QString> m_otherNames;
    bool m_busy = false;
    std::function<bool(const Event &, const Event &, qint64)> m_askMove;

    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_venue;
    QDateTimeEdit *m_start;
    QDateTime m_startBefore; ///< the start before its last change: the end follows it
    QDateTimeEdit *m_end;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_salesStartSet;
    QDateTimeEdit *m_salesStart;
    QSpinBox *m_holdTime;
    EventPlanPicker *m_plan = nullptr;
    QLabel *m_planSummary = nullptr;
    QLabel *m_nameMessage;
    QLabel *m_venueMessage;
    QLabel *m_timesMessage;
    QLabel *m_salesMessage;
    QLabel *m_planMessage = nullptr;
    QLabel *m_saveMessage;
    QDialogButtonBox *m_buttons;
};

} // namespace tessera
