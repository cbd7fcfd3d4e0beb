#include "ui/simulation/invariantpanel.h"

#include "ui/simulation/unitpalette.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

/// 1 = good (green tick), 0 = bad (red cross), -1 = pending (grey dot).
QString markText(int good)
{
    return good > 0 ? u"✔"_s : (good == 0 ? u"✖"_s : u"●"_s);
}

QString markStyle(int good)
{
    return good > 0 ? u"color: #2e7d32; font-weight: bold;"_s
                    : (good == 0 ? u"color: #b3261e; font-weight: bold;"_s : u"color: #b4b8bf;"_s);
}

} // namespace

InvariantPanel::InvariantPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"invariantPanel"_s);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    const auto add = [this, grid](int line, QLabel *&mark, QLabel *&text, const QString &name,
                                  const QString &tip) {
        mark = new QLabel(this);
        mark->setFixedWidth(16);
        mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        text = new QLabel(this);
        text->setObjectName(name);
        text->setToolTip(tip);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        grid->addWidget(mark, line, 0);
        grid->addWidget(text, line, 1);
    };
    add(0, m_soldTwiceMark, m_soldTwice, u"soldTwice"_s,
        tr("Every sale on the change feed is checked against the seat's earlier changes: a seat may be "
           "sold again only after its sale was cancelled"));
    add(1, m_violationsMark, m_violations, u"violations"_s,
        tr("Other impossible sequences on the feed: a hold of a held seat, a release of a hold that "
           "does not exist, more places than a standing area has"));
    add(2, m_databaseMark, m_database, u"spaceEqualsDatabase"_s,
        tr("At the end of the run, once the data pump has committed everything, the database's live "
           "tickets are compared seat by seat with the seats the space has sold"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"invariantDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(u"color: #b3261e;"_s);
    m_detail->hide();
    grid->addWidget(m_detail, 3, 0, 1, 2);
    clear();
}

void InvariantPanel::setRow(QLabel *mark, QLabel *text, int good, const QString &message)
{
    mark->setText(markText(good));
    mark->setStyleSheet(markStyle(good));
    text->setText(message);
}

void InvariantPanel::clear()
{
    m_soldTwiceCount = 0;
    m_violationCount = 0;
    m_databaseBad = false;
    setRow(m_soldTwiceMark, m_soldTwice, 1, tr("Seats sold twice: %1").arg(figure(quint64(0))));
    setRow(m_violationsMark, m_violations, 1, tr("Other invariant violations: %1").arg(figure(quint64(0))));
    setDatabaseState(DatabaseState::NotChecked);
    m_detail->clear();
    m_detail->hide();
    updateHealth();
}

void InvariantPanel::setStatistics(const SimulationStatistics &s)
{
    m_soldTwiceCount = s.seatsSoldTwice;
    m_violationCount = s.invariantViolations;
    setRow(m_soldTwiceMark, m_soldTwice, s.seatsSoldTwice == 0 ? 1 : 0,
           tr("Seats sold twice: %1").arg(figure(s.seatsSoldTwice)));
    setRow(m_violationsMark, m_violations, s.invariantViolations == 0 ? 1 : 0,
           tr("Other invariant violations: %1").arg(figure(s.invariantViolations)));
    if (!s.firstProblem.isEmpty()) {
        m_detail->setText(tr("First problem: %1").arg(s.firstProblem));
        m_detail->show();
    }
    updateHealth();
}

void InvariantPanel::setDatabaseState(DatabaseState state)
{
    switch (state) {
    case DatabaseState::NotChecked:
        m_databaseBad = false;
        setRow(m_databaseMark, m_database, -1, tr("Space equals database: checked at the end of the run"));
        break;
    case DatabaseState::Checking:
        setRow(m_databaseMark, m_database, -1, tr("Space equals database: checking…"));
        break;
    case DatabaseState::Checked:
        break;
    }
    updateHealth();
}

void InvariantPanel::setDatabaseCheck(const DatabaseCheck &check)
{
    if (!check.checked) {
        m_databaseBad = !check.firstDifference.isEmpty();
        setRow(m_databaseMark, m_database, m_databaseBad ? 0 : -1,
               m_databaseBad ? tr("Space equals database: could not check")
                             : tr("Space equals database: no database"));
    } else {
        m_databaseBad = !check.equal;
        setRow(m_databaseMark, m_database, check.equal ? 1 : 0,
               check.equal
                   ? tr("Space equals database: yes (%1 seats sold)").arg(figure(quint64(check.spaceSold)))
                   : tr("Space equals database: no (space %1, database %2 seats sold)")
                         .arg(figure(quint64(check.spaceSold)), figure(quint64(check.databaseSold))));
    }
    if (!check.firstDifference.isEmpty()) {
        m_detail->setText(check.firstDifference);
        m_detail->show();
    }
    updateHealth();
}

void InvariantPanel::updateHealth()
{
    m_healthy = m_soldTwiceCount == 0 && m_violationCount == 0 && !m_databaseBad;
}

QString InvariantPanel::soldTwiceText() const
{
    return m_soldTwice->text();
}

QString InvariantPanel::databaseText() const
{
    return m_database->text();
}

QString InvariantPanel::violationsText() const
{
    return m_violations->text();
}

} // namespace tessera
