#pragma once

#include "core/simulation/simulationtypes.h"

#include <QFrame>

#include <array>

class QLabel;

namespace tessera {

/// The event's waiting room during a run: people in the queue, the run's customers admitted,
/// active sessions, the estimated wait of a new arrival, and how many bought or left. Events
/// without a queue show a line saying so.
class WaitingRoomFigures final : public QFrame
{
    Q_OBJECT

public:
    enum Row {
        Waiting,
        Admitted,
        Active,
        EstimatedWait,
        Outcome,
        RowCount
    };

    explicit WaitingRoomFigures(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WaitingRoomFigures)

    /// Whether the chosen event sells through a waiting room (before a run has figures).
    void setQueueEnabled(bool enabled);
    void setFigures(const QueueFigures &figures);
    void clear();
    QString text(Row row) const;
    bool isQueueEnabled() const { return m_enabled; }

private:
    void updateVisibility();

    QLabel *m_note = nullptr;
    QWidget *m_rows = nullptr;
    std::array<QLabel *, RowCount> m_values{};
    bool m_enabled = false;
};

} // namespace tessera
