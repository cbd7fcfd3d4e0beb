#pragma once

// The edits of the layout editor as undoable commands: every change to the layout is one of
// these, pushed on the editor's QUndoStack.

#include "core/domain/layout.h"

#include <QList>
#include <QUndoCommand>

namespace tessera {

class LayoutDocument;

/// Changes properties of some seats (position, label, category, flags, blocks): keeps the old
/// and new values of just those seats.
class EditSeatsCommand final : public QUndoCommand
{
public:
    EditSeatsCommand(LayoutDocument &document, const QString &text, QList<qsizetype> indices,
                     QList<LayoutSeat> after);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    QList<qsizetype> m_indices;
    QList<LayoutSeat> m_before;
    QList<LayoutSeat> m_after;
};

/// Adds seats at the end of the layout (a generated section), with categories it needs.
class AddSeatsCommand final : public QUndoCommand
{
public:
    AddSeatsCommand(LayoutDocument &document, const QString &text, QList<LayoutSeat> seats);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    QList<LayoutSeat> m_seats;
};

/// Deletes seats; undo puts them back at their old places.
class RemoveSeatsCommand final : public QUndoCommand
{
public:
    RemoveSeatsCommand(LayoutDocument &document, QList<qsizetype> indices);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    QList<qsizetype> m_indices;
    QList<LayoutSeat> m_seats;
};

/// Replaces the price categories (added, edited or removed).
class SetCategoriesCommand final : public QUndoCommand
{
public:
    SetCategoriesCommand(LayoutDocument &document, const QString &text, QList<PriceCategory> after);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    QList<PriceCategory> m_before;
    QList<PriceCategory> m_after;
};

/// Replaces the standing areas (added, edited or removed).
class SetStandingAreasCommand final : public QUndoCommand
{
public:
    SetStandingAreasCommand(LayoutDocument &document, const QString &text, QList<StandingArea> after);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    QList<StandingArea> m_before;
    QList<StandingArea> m_after;
};

/// Replaces the whole layout (an imported file).
class ReplaceLayoutCommand final : public QUndoCommand
{
public:
    ReplaceLayoutCommand(LayoutDocument &document, const QString &text, VenueLayout after);
    void undo() override;
    void redo() override;

private:
    LayoutDocument &m_document;
    VenueLayout m_before;
    VenueLayout m_after;
};

} // namespace tessera
