#pragma once

#include "core/layout/layoutvalidation.h"

#include <QAbstractListModel>

namespace tessera {

/// The problems validateForSave() found, one row each: the message, an error or warning icon.
/// Qt::UserRole gives the row's LayoutProblem::seat, Qt::UserRole + 1 its place (QPointF).
class ProblemModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int SeatRole = Qt::UserRole;
    static constexpr int PlaceRole = Qt::UserRole + 1;

    explicit ProblemModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemModel)

    void setProblems(QList<LayoutProblem> problems);
    const QList<LayoutProblem> &problems() const { return m_problems; }
    const LayoutProblem &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<LayoutProblem> m_problems;
};

} // namespace tessera
