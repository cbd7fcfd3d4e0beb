#pragma once

#include "core/domain/layout.h"
#include "core/layout/layoutgenerator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tessera {

/// Asks for a section to generate: name, rows x seats, numbering scheme, row labels, first row
/// and seat, spacing, rotation, curve, aisles, category and origin. spec() gives the
/// SectionSpec; OK is enabled only when LayoutGenerator accepts it and the section name is free.
class GenerateSectionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `layout` gives the categories to choose from and the section names already taken.
    GenerateSectionDialog(const VenueLayout &layout, QPointF origin, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GenerateSectionDialog)

    SectionSpec spec() const;
    /// Fills the form (tests and "generate again" use this).
    void setSpec(const SectionSpec &spec);
    /// What is wrong with the form, or an empty string.
    QString problem() const;

private:
    void refresh();

    const VenueLayout &m_layout;
    QLineEdit *m_section = nullptr;
    QSpinBox *m_rows = nullptr;
    QSpinBox *m_seats = nullptr;
    QComboBox *m_numbering = nullptr;
    QComboBox *m_rowLabels = nullptr;
    QSpinBox *m_firstRow = nullptr;
    QSpinBox *m_firstSeat = nullptr;
    QDoubleSpinBox *m_pitch = nullptr;
    QDoubleSpinBox *m_rowSpacing = nullptr;
    QDoubleSpinBox *m_rotation = nullptr;
    QDoubleSpinBox *m_curve = nullptr;
    QSpinBox *m_aisleEvery = nullptr;
    QLineEdit *m_aisleAfter = nullptr;
    QDoubleSpinBox *m_aisleWidth = nullptr;
    QComboBox *m_category = nullptr;
    QDoubleSpinBox *m_originX = nullptr;
    QDoubleSpinBox *m_originY = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tessera
