#pragma once

#include "core/simulation/simulationtypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace tessera {

/// The settings of a simulation run: units (1 to 64), the operation mix (hold, sell, release and
/// cancel shares), think time (0 to 200 ms, 0 is turbo), the arrival curve and the duration.
/// Defaults follow the classic demo (think time around 0 to 100 ms). "Keep pace with the database"
/// (on by default) makes the units wait while the data pump is behind; off, the engine runs at
/// its own speed and the pump catches up after the run. For events with a waiting room: customers
/// joining per second and, when the room has no rate of its own, admissions per second.
class SimulationSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationSettingsForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SimulationSettingsForm)

    SimulationConfig config() const;
    void setConfig(const SimulationConfig &config);

    QSpinBox *unitsBox() const { return m_units; }
    QSpinBox *thinkBox() const { return m_think; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *arrivalBox() const { return m_arrival; }
    QSpinBox *holdShareBox() const { return m_hold; }
    QSpinBox *sellShareBox() const { return m_sell; }
    QSpinBox *releaseShareBox() const { return m_release; }
    QSpinBox *cancelShareBox() const { return m_cancel; }
    QCheckBox *databasePaceBox() const { return m_databasePace; }
    QSpinBox *customersBox() const { return m_customers; }
    QSpinBox *admitBox() const { return m_admit; }

    /// Changes waiting for the data pump that the units allow when they do not keep the
    /// database's pace (a memory bound, not a pace).
    static constexpr quint64 kFreeRunningBacklog = 1'000'000;

Q_SIGNALS:
    void changed();

private:
    QSpinBox *shareBox(int value, const QString &tip);
    void updateMixText();

    QSpinBox *m_units;
    QSpinBox *m_hold;
    QSpinBox *m_sell;
    QSpinBox *m_release;
    QSpinBox *m_cancel;
    QLabel *m_mixText;
    QSlider *m_thinkSlider;
    QSpinBox *m_think;
    QComboBox *m_arrival;
    QSpinBox *m_duration;
    QCheckBox *m_databasePace;
    QSpinBox *m_customers;
    QSpinBox *m_admit;
};

} // namespace tessera
