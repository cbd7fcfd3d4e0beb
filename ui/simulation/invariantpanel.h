#pragma once

#include "core/simulation/simulationtypes.h"

#include <QFrame>

class QLabel;

namespace tessera {

/// What must never happen, checked while the run goes: seats sold twice and other impossible
/// sequences seen on the change feed (live), and whether the database holds exactly the seats the
/// space has sold (at the end of the run, once the pump has committed everything).
class InvariantPanel final : public QFrame
{
    Q_OBJECT

public:
    enum class DatabaseState {
        NotChecked, ///< no run yet, or the run is still going
        Checking,   ///< waiting for the pump and the database
        Checked,    ///< the result in setDatabaseCheck
    };

    explicit InvariantPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InvariantPanel)

    /// The live feed figures of the run.
    void setStatistics(const SimulationStatistics &statistics);
    void setDatabaseState(DatabaseState state);
    void setDatabaseCheck(const DatabaseCheck &check);
    void clear();

    QString soldTwiceText() const;
    QString databaseText() const;
    QString violationsText() const;
    bool healthy() const { return m_healthy; }

private:
    void setRow(QLabel *mark, QLabel *text, int good, const QString &message);
    void updateHealth();

    QLabel *m_soldTwiceMark;
    QLabel *m_soldTwice;
    QLabel *m_violationsMark;
    QLabel *m_violations;
    QLabel *m_databaseMark;
    QLabel *m_database;
    QLabel *m_detail;
    quint64 m_soldTwiceCount = 0;
    quint64 m_violationCount = 0;
    bool m_databaseBad = false;
    bool m_healthy = true;
};

} // namespace tessera
