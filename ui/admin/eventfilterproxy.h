#pragma once

#include "core/domain/event.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tessera {

/// Sorts the events table by what the columns mean (times as times, counts as numbers) and
/// filters it by text (every word must appear in the name, the venue or the start date) and by
/// status.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EventFilterProxy)

    void setFilterText(const QString &text);
    /// std::nullopt: any status.
    void setStatusFilter(std::optional<EventStatus> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<EventStatus> m_status;
};

} // namespace tessera
