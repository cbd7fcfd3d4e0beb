#pragma once

#include "core/common/result.h"
#include "core/domain/event.h"
#include "ui/admin/eventlayout.h"

#include <QFuture>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace tessera {

class LayoutProgress;

/// The "seating plan" part of the event dialog when an event is created: rows x seats (and
/// standing places) generated on the spot, a demo venue, a pretix or CSV file, or the plan of
/// the event being duplicated. Reading a file runs off the GUI thread.
class EventPlanPicker final : public QWidget
{
    Q_OBJECT

public:
    enum class Source {
        Generated,
        DemoVenue,
        File,
        Copy
    };

    explicit EventPlanPicker(QWidget *parent = nullptr);
    ~EventPlanPicker() override;
    Q_DISABLE_COPY_MOVE(EventPlanPicker)

    Source source() const;
    void setSource(Source source);
    /// Offers "the same plan as <eventName>" and chooses it.
    void setCopySource(const VenueLayout &layout, const QString &eventName);
    /// Reads the file (asynchronously; changed() follows).
    void setImportFile(const QString &path);
    /// The kind the chosen plan suits (for files, demo venues and copies), or std::nullopt for a
    /// generated hall, which follows the event's kind.
    std::optional<EventKind> suggestedKind() const;

    /// A generated hall for an event of `kind`: only the fields that kind uses can be edited
    /// (no seats for a standing event, no standing places for a seated one).
    void setKind(EventKind kind);

    /// What is wrong with the plan for an event of `kind` (empty when it can be created).
    QString problem(EventKind kind) const;
    /// "240 seats, 100 standing places".
    QString summary(EventKind kind) const;
    /// The plan, built off the GUI thread where it is large (demo venues).
    QFuture<Result<VenueLayout>> build(const QString &venue, EventKind kind) const;

    QComboBox *sourceCombo() const { return m_source; }
    QSpinBox *rowsSpin() const { return m_rows; }
    QSpinBox *seatsPerRowSpin() const { return m_seatsPerRow; }
    QSpinBox *standingSpin() const { return m_standing; }
    QDoubleSpinBox *priceSpin() const { return m_price; }
    QComboBox *demoCombo() const { return m_demo; }
    QLabel *fileReport() const { return m_fileReport; }

Q_SIGNALS:
    void changed();

private:
    void chooseFile();
    GeneratedHall hall() const;

    QComboBox *m_source;
    QStackedWidget *m_pages;
    QSpinBox *m_rows;
    QSpinBox *m_seatsPerRow;
    QDoubleSpinBox *m_price;
    QSpinBox *m_standing;
    QDoubleSpinBox *m_standingPrice;
    QComboBox *m_demo;
    QLineEdit *m_fileName;
    QPushButton *m_chooseFile;
    QLabel *m_fileReport;
    QLabel *m_copyText;
    std::optional<VenueLayout> m_fileLayout;
    QString m_fileError;
    bool m_reading = false;
    /// The file read under way: cancelled when another file is chosen or the picker goes.
    std::shared_ptr<LayoutProgress> m_readProgress;
    QTimer *m_readTimer = nullptr;
    std::optional<VenueLayout> m_copyLayout;
};

} // namespace tessera
