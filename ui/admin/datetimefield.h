#pragma once

// A date-and-time field that shows the weekday and steps days through it.

#include <QDateTimeEdit>

namespace tessera {

/// "Wed 2 Dec 2026  19:30" (a format that starts with the weekday) with a calendar popup.
/// QDateTimeEdit keeps a stepped weekday in its week (up from Sunday gives the Monday six days
/// before); here the arrows and the wheel on the weekday move to the next or previous day, as on
/// the day number.
class DateTimeField final : public QDateTimeEdit
{
public:
    explicit DateTimeField(const QString &format, QWidget *parent = nullptr)
        : QDateTimeEdit(parent)
    {
        setCalendarPopup(true);
        setDisplayFormat(format);
        m_weekdayFirst = format.startsWith(QStringLiteral("ddd"));
    }

    void stepBy(int steps) override
    {
        if ((!m_weekdayFirst || currentSectionIndex() != 0)) {
            QDateTimeEdit::stepBy(steps);
            return;
        }
        setDateTime(dateTime().addDays(steps));
        setCurrentSectionIndex(0);
    }

protected:
    StepEnabled stepEnabled() const override
    {
        if ((!m_weekdayFirst || currentSectionIndex() != 0))
            return QDateTimeEdit::stepEnabled();
        StepEnabled enabled;
        if (dateTime().addDays(-1) >= minimumDateTime())
            enabled |= StepDownEnabled;
        if (dateTime().addDays(1) <= maximumDateTime())
            enabled |= StepUpEnabled;
        return enabled;
    }

private:
    bool m_weekdayFirst = false; ///< section 0 is the weekday
};

} // namespace tessera
