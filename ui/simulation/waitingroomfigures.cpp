#include "ui/simulation/waitingroomfigures.h"

#include "ui/simulation/unitpalette.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

QString waitText(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("tessera::WaitingRoomFigures", "unknown (nobody admitted yet)");
    if (ms < kMinuteMs) {
        const int seconds = int((ms + 999) / 1000);
        return QCoreApplication::translate("tessera::WaitingRoomFigures", "%n s", nullptr, seconds);
    }
    return QCoreApplication::translate("tessera::WaitingRoomFigures", "%1 min %2 s")
        .arg(ms / kMinuteMs)
        .arg((ms % kMinuteMs) / 1000);
}

} // namespace

WaitingRoomFigures::WaitingRoomFigures(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"waitingRoomFigures"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(tr("This event sells without a waiting room: the units race for the seats "
                           "directly. Enable its queue in Admin › Waiting room to see it here."),
                        this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: #6b7079;"_s);
    layout->addWidget(m_note);

    m_rows = new QWidget(this);
    auto *form = new QFormLayout(m_rows);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    const QString captions[RowCount] = {tr("In the queue"), tr("Admitted"), tr("Active sessions"),
                                        tr("Estimated wait"), tr("Bought · left")};
    const QString tips[RowCount] = {
        tr("People waiting in the event's queue now, the pre-queue included"),
        tr("The run's simulated customers the room admitted, of those who joined"),
        tr("Admitted sessions shopping now (customers waiting for a unit included)"),
        tr("How long a customer joining now would wait, from the room's admission rate"),
        tr("Customers who bought and completed their session, and those who left without buying "
           "or whose session ran out"),
    };
    for (int i = 0; i < RowCount; ++i) {
        auto *value = new QLabel(m_rows);
        value->setObjectName(u"queueFigure%1"_s.arg(i));
        value->setStyleSheet(u"font-weight: 600; color: #20242b;"_s);
        value->setWordWrap(true); // "unknown (nobody admitted yet)" is wider than the column
        value->setToolTip(tips[i]);
        auto *caption = new QLabel(captions[i], m_rows);
        caption->setToolTip(tips[i]);
        form->addRow(caption, value);
        m_values[static_cast<size_t>(i)] = value;
    }
    layout->addWidget(m_rows);
    clear();
}

void WaitingRoomFigures::setQueueEnabled(bool enabled)
{
    m_enabled = enabled;
    updateVisibility();
}

void WaitingRoomFigures::updateVisibility()
{
    m_note->setVisible(!m_enabled);
    m_rows->setVisible(m_enabled);
}

void WaitingRoomFigures::clear()
{
    for (QLabel *value : m_values)
        value->setText(u"–"_s);
}

void WaitingRoomFigures::setFigures(const QueueFigures &q)
{
    if (!q.used) {
        clear();
        return;
    }
    if (!m_enabled)
        setQueueEnabled(true);
    m_values[Waiting]->setText(figure(quint64(q.waiting)));
    m_values[Admitted]->setText(tr("%1 of %2").arg(figure(quint64(q.admitted)), figure(quint64(q.joined))));
    m_values[Active]->setText(figure(quint64(q.active)));
    m_values[EstimatedWait]->setText(waitText(q.estimatedWaitMs));
    m_values[Outcome]->setText(tr("%1 · %2").arg(figure(quint64(q.completed)), figure(quint64(q.left))));
}

QString WaitingRoomFigures::text(Row row) const
{
    return m_values[static_cast<size_t>(row)]->text();
}

} // namespace tessera
