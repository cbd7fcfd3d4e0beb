#include "ui/layouteditor/layoutcommands.h"

#include "ui/layouteditor/layoutdocument.h"

namespace tessera {

EditSeatsCommand::EditSeatsCommand(LayoutDocument &document, const QString &text, QList<qsizetype> indices,
                                   QList<LayoutSeat> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_indices(std::move(indices))
    , m_after(std::move(after))
{
    m_before.reserve(m_indices.size());
    for (qsizetype index : std::as_const(m_indices))
        m_before.append(document.seat(index));
}

void EditSeatsCommand::undo()
{
    m_document.replaceSeats(m_indices, m_before);
}

void EditSeatsCommand::redo()
{
    m_document.replaceSeats(m_indices, m_after);
}

AddSeatsCommand::AddSeatsCommand(LayoutDocument &document, const QString &text, QList<LayoutSeat> seats)
    : QUndoCommand(text)
    , m_document(document)
    , m_seats(std::move(seats))
{}

void AddSeatsCommand::undo()
{
    m_document.removeLastSeats(m_seats.size());
}

void AddSeatsCommand::redo()
{
    m_document.appendSeats(m_seats);
}

RemoveSeatsCommand::RemoveSeatsCommand(LayoutDocument &document, QList<qsizetype> indices)
    : QUndoCommand(QObject::tr("Delete %n seat(s)", nullptr, int(indices.size())))
    , m_document(document)
    , m_indices(std::move(indices))
{}

void RemoveSeatsCommand::undo()
{
    m_document.insertSeats(m_indices, m_seats);
    m_seats.clear();
}

void RemoveSeatsCommand::redo()
{
    m_seats = m_document.takeSeats(m_indices);
}

SetCategoriesCommand::SetCategoriesCommand(LayoutDocument &document, const QString &text,
                                           QList<PriceCategory> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document.layout().categories)
    , m_after(std::move(after))
{}

void SetCategoriesCommand::undo()
{
    m_document.setCategories(m_before);
}

void SetCategoriesCommand::redo()
{
    m_document.setCategories(m_after);
}

SetStandingAreasCommand::SetStandingAreasCommand(LayoutDocument &document, const QString &text,
                                                 QList<StandingArea> after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document.layout().standingAreas)
    , m_after(std::move(after))
{}

void SetStandingAreasCommand::undo()
{
    m_document.setStandingAreas(m_before);
}

void SetStandingAreasCommand::redo()
{
    m_document.setStandingAreas(m_after);
}

ReplaceLayoutCommand::ReplaceLayoutCommand(LayoutDocument &document, const QString &text, VenueLayout after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document.layout())
    , m_after(std::move(after))
{}

void ReplaceLayoutCommand::undo()
{
    m_document.setLayout(m_before);
}

void ReplaceLayoutCommand::redo()
{
    m_document.setLayout(m_after);
}

} // namespace tessera
