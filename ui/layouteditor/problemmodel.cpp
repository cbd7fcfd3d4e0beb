#include "ui/layouteditor/problemmodel.h"

#include <QApplication>
#include <QStyle>

namespace tessera {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ProblemModel::setProblems(QList<LayoutProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LayoutProblem &problem = m_problems.at(index.row());
    const bool error = problem.severity == LayoutProblem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return problem.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case SeatRole:
        return problem.seat;
    case PlaceRole:
        return problem.where;
    default:
        return {};
    }
}

} // namespace tessera
