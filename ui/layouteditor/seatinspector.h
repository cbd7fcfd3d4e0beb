#pragma once

#include "core/domain/layout.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace tessera {

class LayoutDocument;

/// Edits the selected seats: price category, accessibility flags (accessible, companion,
/// restricted view), house blocks with their reason (house, press, technical), renumbering
/// (section, row, first number and step, in layout order). Each change is one undo command.
class SeatInspector final : public QWidget
{
    Q_OBJECT

public:
    SeatInspector(LayoutDocument &document, QUndoStack &undo, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SeatInspector)

    /// Puts the selected seats in category `categoryId`.
    void applyCategory(const QString &categoryId);
    /// Sets or clears `flag` on the selected seats.
    void applyFlag(int flag, bool on);
    /// Blocks the selected seats with `reason`, or unblocks them when reason is empty.
    void applyBlock(const QString &reason);
    /// Gives the selected seats, in layout order, `section`, `row` and the numbers first,
    /// first + step, ... Empty section or row leaves those as they are.
    void renumber(const QString &section, const QString &row, int first, int step);

    QComboBox *categoryBox() const { return m_category; }
    QCheckBox *accessibleBox() const { return m_accessible; }
    QPushButton *renumberButton() const { return m_renumber; }

private:
    void refresh();
    void editSelected(const QString &text, const std::function<void(LayoutSeat &)> &change);

    LayoutDocument &m_document;
    QUndoStack &m_undo;
    bool m_refreshing = false;
    QLabel *m_summary = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_accessible = nullptr;
    QCheckBox *m_companion = nullptr;
    QCheckBox *m_restricted = nullptr;
    QCheckBox *m_blocked = nullptr;
    QComboBox *m_blockReason = nullptr;
    QLineEdit *m_section = nullptr;
    QLineEdit *m_row = nullptr;
    QSpinBox *m_first = nullptr;
    QSpinBox *m_step = nullptr;
    QPushButton *m_renumber = nullptr;
};

} // namespace tessera
