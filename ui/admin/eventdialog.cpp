#include "ui/admin/eventdialog.h"

#include "core/boxoffice/boxoffice.h"
#include "ui/admin/datetimefield.h"
#include "ui/admin/eventplanpicker.h"
#include "ui/admin/eventtablemodel.h"
#include "ui/mainwindow/uisupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b91c1c;"_s);
    // The line stays there while the message is hidden: a message coming and going as the
    // admin types moves no field under the pointer.
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setVisible(false);
    return label;
}

QDateTimeEdit *timeEdit(QWidget *parent)
{
    auto *edit = new DateTimeField(u"ddd d MMM yyyy  HH:mm"_s, parent);
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}

/// The field and its message under it, as one form row.
QWidget *withMessage(QWidget *parent, QLayout *field, QLabel *message)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(field);
    layout->addWidget(message);
    return box;
}

QLayout *single(QWidget *widget)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget);
    return layout;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

EventDialog *EventDialog::createEvent(BoxOffice &box, QWidget *parent)
{
    Event event;
    const QDate day = QDate::currentDate().addDays(7);
    event.startTime = QDateTime(day, QTime(19, 30)).toUTC();
    event.endTime = QDateTime(day, QTime(22, 0)).toUTC();
    auto *dialog = new EventDialog(box, Event{}, parent);
    dialog->setFields(event);
    dialog->setWindowTitle(tr("New event"));
    return dialog;
}

EventDialog *EventDialog::editEvent(BoxOffice &box, const Event &shown, QWidget *parent)
{
    // The list reports a sold-out event as such; edit the status that is stored, so that an
    // event sold out now goes back on sale by itself when tickets are returned.
    Event event = shown;
    if (const auto entry = box.catalogEntry(event.id))
        event.status = entry->event.status;
    auto *dialog = new EventDialog(box, event, parent);
    dialog->setFields(event);
    dialog->setWindowTitle(tr("Edit %1").arg(event.name));
    return dialog;
}

EventDialog *EventDialog::duplicateEvent(BoxOffice &box, const Event &event, const VenueLayout &layout,
                                         QWidget *parent)
{
    auto *dialog = new EventDialog(box, Event{}, parent);
    Event copy = event;
    copy.id = QUuid();
    copy.name = tr("%1 (copy)").arg(event.name).left(kMaxEventNameLength);
    copy.status = EventStatus::Inactive;
    dialog->m_plan->setCopySource(layout, event.name);
    dialog->setFields(copy);
    dialog->m_nameTouched = true;
    dialog->setWindowTitle(tr("Duplicate %1").arg(event.name));
    dialog->validate();
    return dialog;
}

EventDialog::~EventDialog()
{
    // ~QWidget moves the focus away from the fields after this object is no longer an
    // EventDialog: the name field's editingFinished must not reach validate() then.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

EventDialog::EventDialog(BoxOffice &box, const Event &original, QWidget *parent)
    : QDialog(parent)
    , m_box(box)
    , m_original(original)
{
    setObjectName(u"eventDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *details = new QGroupBox(tr("Event"), this);
    auto *form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(details);
    m_name->setMaxLength(kMaxEventNameLength + 20);
    m_name->setPlaceholderText(tr("e.g. Hamlet"));
    m_nameMessage = errorLabel(details, u"nameMessage"_s);
    form->addRow(tr("&Name:"), withMessage(details, single(m_name), m_nameMessage));

    m_description = new QPlainTextEdit(details);
    m_description->setPlaceholderText(tr("Shown to customers and on the tickets"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);

    m_venue = new QLineEdit(details);
    m_venue->setPlaceholderText(tr("e.g. Theatre Royal"));
    m_venue->setToolTip(tr("Where the event takes place: printed on every ticket"));
    m_venueMessage = errorLabel(details, u"venueMessage"_s);
    form->addRow(tr("&Venue:"), withMessage(details, single(m_venue), m_venueMessage));

    m_start = timeEdit(details);
    m_end = timeEdit(details);
    auto *times = new QHBoxLayout;
    times->setContentsMargins(0, 0, 0, 0);
    times->addWidget(m_start, 1);
    times->addWidget(new QLabel(tr("to"), details));
    times->addWidget(m_end, 1);
    m_timesMessage = errorLabel(details, u"timesMessage"_s);
    form->addRow(tr("Starts:"), withMessage(details, times, m_timesMessage));

    m_kind = new QComboBox(details);
    for (EventKind kind : {EventKind::Seated, EventKind::Standing, EventKind::Mixed})
        m_kind->addItem(eventKindText(kind), int(kind));
    m_kind->setToolTip(tr("Numbered seats, standing places only, or both"));
    m_status = new QComboBox(details);
    for (EventStatus status : {EventStatus::Active, EventStatus::Inactive, EventStatus::SoldOut})
        m_status->addItem(eventStatusText(status), int(status));
    m_status->setToolTip(tr("Inactive and sold-out events cannot be sold"));
    auto *kindStatus = new QHBoxLayout;
    kindStatus->addWidget(m_kind, 1);
    kindStatus->addWidget(new QLabel(tr("Status:"), details));
    kindStatus->addWidget(m_status, 1);
    form->addRow(tr("Type:"), kindStatus);

    m_salesStartSet = new QCheckBox(tr("Open sales at"), details);
    m_salesStartSet->setToolTip(tr("Unchecked: sales open as soon as the event is on sale"));
    m_salesStart = timeEdit(details);
    auto *sales = new QHBoxLayout;
    sales->setContentsMargins(0, 0, 0, 0);
    sales->addWidget(m_salesStartSet);
    sales->addWidget(m_salesStart, 1);
    m_salesMessage = errorLabel(details, u"salesStartMessage"_s);
    form->addRow(tr("Sales:"), withMessage(details, sales, m_salesMessage));

    m_holdTime = new QSpinBox(details);
    m_holdTime->setToolTip(tr("How long held seats wait for the sale before they are released"));
    m_holdTime->setRange(kMinHoldTimeSeconds, kMaxHoldTimeSeconds);
    m_holdTime->setSingleStep(30);
    m_holdTime->setSuffix(tr(" s"));
    auto *holdLabel = new QLabel(details);
    auto *hold = new QHBoxLayout;
    hold->addWidget(m_holdTime);
    hold->addWidget(holdLabel, 1);
    form->addRow(tr("Hold time:"), hold);
    connect(m_holdTime, &QSpinBox::valueChanged, holdLabel, [holdLabel](int seconds) {
        if (seconds == 60)
            holdLabel->setText(tr("(1 minute)"));
        else if (seconds % 60 == 0)
            holdLabel->setText(tr("(%1 minutes)").arg(seconds / 60));
        else
            holdLabel->setText(tr("(%1 min %2 s)").arg(seconds / 60).arg(seconds % 60));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(details);

    if (isNewEvent()) {
        auto *planBox = new QGroupBox(tr("Seating plan"), this);
        auto *planLayout = new QVBoxLayout(planBox);
        m_plan = new EventPlanPicker(planBox);
        m_planSummary = new QLabel(planBox);
        m_planSummary->setObjectName(u"planSummary"_s);
        m_planMessage = errorLabel(planBox, u"planMessage"_s);
        planLayout->addWidget(m_plan);
        planLayout->addWidget(m_planSummary);
        planLayout->addWidget(m_planMessage);
        layout->addWidget(planBox);
        connect(m_plan, &EventPlanPicker::changed, this, [this] {
            if (const auto kind = m_plan->suggestedKind())
                m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
            validate();
        });
    } else {
        m_kind->setEnabled(false);
        m_kind->setToolTip(tr("The type follows the seating plan, which the layout editor changes"));
    }

    m_saveMessage = errorLabel(this, u"saveMessage"_s);
    layout->addWidget(m_saveMessage);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(isNewEvent() ? tr("Create event") : tr("Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    whenReady(this, m_box.events(), [this](const Result<QList<Event>> &events) {
        if (!events)
            return;
        QStringList venues;
        for (const Event &event : *events) {
            if (event.id != m_original.id)
                m_otherNames.insert(event.name.trimmed().toCaseFolded());
            if (!event.venue.trimmed().isEmpty())
                venues << event.venue.trimmed();
        }
        venues.removeDuplicates();
        venues.sort(Qt::CaseInsensitive);
        // The venues of the other events, offered as the clerk types ("Th" -> Theatre Royal).
        auto *completer = new QCompleter(venues, m_venue);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_venue->setCompleter(completer);
        validate();
    });
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_nameTouched = true;
        validate();
    });
    for (QDateTimeEdit *edit : {m_start, m_end, m_salesStart})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::validate);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        // The end moves with the start, forwards and back: the event keeps its length, as in a
        // calendar. Only an end already before the start gets a length of its own.
        const QDateTime before = std::exchange(m_startBefore, start);
        if (!start.isValid())
            return;
        if (before.isValid() && m_end->dateTime() > before)
            m_end->setDateTime(m_end->dateTime().addSecs(before.secsTo(start)));
        else if (m_end->dateTime() <= start)
            m_end->setDateTime(start.addSecs(m_original.id.isNull() ? 2 * 3600 : 3600));
    });
    connect(m_salesStartSet, &QCheckBox::toggled, m_salesStart, &QWidget::setEnabled);
    connect(m_salesStartSet, &QCheckBox::toggled, this, &EventDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::validate);
    connect(m_venue, &QLineEdit::textChanged, this, &EventDialog::validate);
    auto venueTouched = [this] {
        m_venueTouched = true;
        validate();
    };
    connect(m_venue, &QLineEdit::textEdited, this, venueTouched);
    connect(m_venue, &QLineEdit::editingFinished, this, venueTouched);
    setMinimumWidth(560);
}

QPushButton *EventDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void EventDialog::setFields(const Event &event)
{
    m_name->setText(event.name);
    m_description->setPlainText(event.description);
    m_venue->setText(event.venue);
    m_start->setDateTime(event.startTime.toLocalTime());
    m_end->setDateTime(event.endTime.toLocalTime());
    m_startBefore = m_start->dateTime();
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_status->setCurrentIndex(m_status->findData(int(event.status)));
    m_salesStartSet->setChecked(event.salesStart.isValid());
    m_salesStart->setEnabled(event.salesStart.isValid());
    m_salesStart->setDateTime(event.salesStart.isValid() ? event.salesStart.toLocalTime()
                                                         : QDateTime::currentDateTime());
    m_holdTime->setValue(event.holdTimeSeconds);
    Q_EMIT m_holdTime->valueChanged(m_holdTime->value());
    m_nameTouched = !event.name.isEmpty();
    m_venueTouched = !event.venue.isEmpty() || !isNewEvent(); // an existing event says what it lacks
    validate();
}

Event EventDialog::draft() const
{
    Event event = m_original;
    event.name = m_name->text().trimmed();
    event.description = m_description->toPlainText().trimmed();
    event.venue = m_venue->text().trimmed();
    event.startTime = m_start->dateTime().toUTC();
    event.endTime = m_end->dateTime().toUTC();
    event.kind = EventKind(m_kind->currentData().toInt());
    event.status = EventStatus(m_status->currentData().toInt());
    event.salesStart = m_salesStartSet->isChecked() ? m_salesStart->dateTime().toUTC() : QDateTime();
    event.holdTimeSeconds = m_holdTime->value();
    return event;
}

QString EventDialog::message(Field field) const
{
    const Event event = draft();
    switch (field) {
    case Field::Name:
        if (event.name.isEmpty())
            return tr("Enter the event's name.");
        if (event.name.size() > kMaxEventNameLength)
            return tr("The name is too long: at most %1 characters.").arg(kMaxEventNameLength);
        if (m_otherNames.contains(event.name.trimmed().toCaseFolded()))
            return tr("Another event is called %1: choose a name that tells them apart.")
                .arg(event.name.trimmed());
        return {};
    case Field::Venue:
        if (event.venue.isEmpty())
            return tr("Enter the venue: it is printed on the tickets.");
        return {};
    case Field::Times:
        if (event.endTime <= event.startTime)
            return tr("The event must end after it starts.");
        if (startMoved(event) && event.startTime < QDateTime::currentDateTimeUtc())
            return tr("The event would start in the past.");
        return {};
    case Field::SalesStart:
        if (event.salesStart.isValid() && event.salesStart >= event.endTime)
            return tr("Sales must open before the event ends.");
        return {};
    case Field::Plan:
        return m_plan ? m_plan->problem(event.kind) : QString();
    }
    return {};
}

QLabel *EventDialog::messageLabel(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameMessage;
    case Field::Venue:
        return m_venueMessage;
    case Field::Times:
        return m_timesMessage;
    case Field::SalesStart:
        return m_salesMessage;
    case Field::Plan:
        return m_planMessage;
    }
    return nullptr;
}

bool EventDialog::isValid() const
{
    for (Field field : {Field::Name, Field::Venue, Field::Times, Field::SalesStart, Field::Plan}) {
        if (!message(field).isEmpty())
            return false;
    }
    return validateEvent(draft()).hasValue();
}

void EventDialog::validate()
{
    showMessage(m_nameMessage, m_nameTouched ? message(Field::Name) : QString());
    showMessage(m_venueMessage, m_venueTouched ? message(Field::Venue) : QString());
    showMessage(m_timesMessage, message(Field::Times));
    showMessage(m_salesMessage, message(Field::SalesStart));
    if (m_plan) {
        m_plan->setKind(draft().kind);
        showMessage(m_planMessage, message(Field::Plan));
        m_planSummary->setText(m_plan->summary(draft().kind));
        m_planSummary->setVisible(!m_planSummary->text().isEmpty());
    }
    showMessage(m_saveMessage, QString());
    saveButton()->setEnabled(!m_busy && isValid());
    // A greyed button says what it waits for, the fields not yet touched included.
    QStringList waiting;
    for (Field field : {Field::Name, Field::Venue, Field::Times, Field::SalesStart, Field::Plan}) {
        if (const QString text = message(field); !text.isEmpty())
            waiting << text;
    }
    saveButton()->setToolTip(waiting.join(u'\n'));
}

void EventDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(!busy);
    if (busy) {
        m_saveMessage->setStyleSheet(QString());
        showMessage(m_saveMessage, text);
    }
    saveButton()->setEnabled(!busy && isValid());
}

void EventDialog::save()
{
    m_nameTouched = true;
    m_venueTouched = true;
    validate();
    if (m_busy || !isValid())
        return;
    const Event event = draft();
    if (!isNewEvent()) {
        if (timesMoved(event)) {
            if (const qint64 sold = soldTickets(m_box, event.id); sold > 0 && !confirmMove(event, sold))
                return;
        }
        setBusy(true, tr("Saving…"));
        whenReady(this, m_box.updateEvent(event),
                  [this](const Result<Event> &result) { finishSave(result); });
        return;
    }
    setBusy(true, tr("Preparing the seating plan…"));
    whenReady(this, m_plan->build(event.venue, event.kind), [this, event](const Result<VenueLayout> &layout) {
        if (!layout) {
            finishSave(layout.error());
            return;
        }
        showMessage(m_saveMessage, tr("Creating %1…").arg(event.name));
        whenReady(this, m_box.createEvent(event, *layout),
                  [this](const Result<Event> &result) { finishSave(result); });
    });
}

namespace {

/// Whether two times differ by a minute or more (the fields show minutes), or one is unset.
bool minuteMoved(const QDateTime &a, const QDateTime &b)
{
    return !a.isValid() || !b.isValid() || qAbs(a.secsTo(b)) >= 60;
}

} // namespace

bool EventDialog::startMoved(const Event &event) const
{
    return isNewEvent() || minuteMoved(event.startTime, m_original.startTime);
}

bool EventDialog::timesMoved(const Event &event) const
{
    return startMoved(event) || minuteMoved(event.endTime, m_original.endTime);
}

bool EventDialog::confirmMove(const Event &event, qint64 sold)
{
    if (m_askMove)
        return m_askMove(m_original, event, sold);
    const QLocale locale;
    auto when = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    QMessageBox box(
        QMessageBox::Warning, tr("Move %1?").arg(m_original.name),
        tr("<b>Tickets of %1 are sold for %2: %3.</b>")
            .arg(m_original.name.toHtmlEscaped(), when(m_original.startTime), QLocale().toString(sold)),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("The tickets keep their places. Their holders need to hear of the new time: "
                              "%1 to %2.")
                               .arg(when(event.startTime), when(event.endTime)));
    QPushButton *move = box.addButton(tr("Move the event"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == move;
}

void EventDialog::finishSave(const Result<Event> &result)
{
    setBusy(false);
    if (!result) {
        m_saveMessage->setStyleSheet(u"color: #b91c1c;"_s);
        showMessage(m_saveMessage, result.error().message);
        return;
    }
    Q_EMIT saved(*result);
    accept();
}

} // namespace tessera
