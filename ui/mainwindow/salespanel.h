#pragma once

#include "core/boxoffice/boxoffice.h"
#include "ui/mainwindow/messagebanner.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tessera {

class SaleForm;
class SeatMapView;

/// The cart at the side of the seat map: what is selected or held with prices and the total,
/// "best available N [category]", standing places by quantity, the hold with its countdown
/// (extend, release), the sale form, and the last sale's tickets and receipt. Talks to the box
/// office only through futures watched by this widget; refusals come out as one message each
/// (messageRequested) and change nothing here.
class SalesPanel final : public QWidget
{
    Q_OBJECT

public:
    SalesPanel(BoxOffice &box, SeatMapView *map, QWidget *parent = nullptr);
    ~SalesPanel() override;
    Q_DISABLE_COPY_MOVE(SalesPanel)

    /// The event being sold; releases a live hold of the previous event.
    void setEvent(std::shared_ptr<const CatalogEntry> entry);
    /// Who holds: the terminal name ("clerk@box-1").
    /// Who holds for this panel (the terminal's name); its earlier holds are offered again.
    void setHolder(const QString &holder);
    QString holder() const { return m_holder; }
    /// Seconds a hold lasts; 0: the event's hold time.
    void setHoldSeconds(int seconds) { m_holdSeconds = seconds; }

    const std::optional<Hold> &currentHold() const { return m_hold; }
    std::shared_ptr<const CatalogEntry> entry() const { return m_entry; }
    const std::optional<Order> &lastOrder() const { return m_lastOrder; }
    bool isBusy() const { return m_busy; }
    /// Seconds left on the live hold (0 without one), as the countdown shows it.
    int secondsLeft() const;
    /// True when the shown event is over: nothing can be held or sold any more.
    bool eventEnded() const;

    SaleForm *saleForm() const { return m_form; }
    QListWidget *cartList() const { return m_cart; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *countdownLabel() const { return m_countdown; }
    QLabel *lastSaleLabel() const { return m_lastSale; }
    QPushButton *holdButton() const { return m_holdButton; }
    QPushButton *releaseButton() const { return m_releaseButton; }
    QPushButton *takeBackButton() const { return m_takeBackButton; }
    QPushButton *extendButton() const { return m_extendButton; }
    QSpinBox *bestQuantityBox() const { return m_bestQuantity; }
    QComboBox *bestCategoryBox() const { return m_bestCategory; }
    QPushButton *bestButton() const { return m_bestButton; }
    QComboBox *standingAreaBox() const { return m_standingArea; }
    QSpinBox *standingQuantityBox() const { return m_standingQuantity; }
    QPushButton *standingButton() const { return m_standingButton; }

public Q_SLOTS:
    void holdSelection();
    void holdBestAvailable();
    void holdStanding();
    void extendHold();
    void releaseHold();
    /// Asks (a window-modal question, Release the default) before releasing the hold: what Esc
    /// does once nothing is selected, so that a stray key press loses no held seat.
    void askToReleaseHold();
    void sell(const tessera::SaleRequest &request);
    /// Chooses a standing area (by its index in the layout) and puts the focus on its quantity.
    void chooseStandingArea(quint32 area);
    void saveTickets();
    void printTickets();
    void saveReceipt();
    /// Re-reads the remaining standing places.
    void refreshStanding();

Q_SIGNALS:
    void messageRequested(tessera::MessageBanner::Kind kind, const QString &text);
    void holdChanged(bool held);
    void sold(const tessera::Order &order);
    /// An order's seats changed hands (sold here): the event list's counts are stale.
    void availabilityChanged();
    /// The shown event has just ended while it was open.
    void shownEventEnded();

private:
    void buildUi();
    /// `reveal`: the seats were chosen by the box office, not on the map; show them there.
    void onHoldResult(const Result<Hold> &hold, bool reveal = false);
    /// Zooms and scrolls the map to the seats of the current hold.
    void revealHeldSeats();
    void setHold(std::optional<Hold> hold);
    /// Offers this terminal's live hold on the event, kept from before a restart, for the cart.
    void lookForEarlierHolds();
    /// Updates the cart and buttons when the shown event ends.
    void watchForEnd();
    void takeBackEarlierHold();
    void setBusy(bool busy);
    void updateCart();
    void updateButtons();
    void tick();
    void report(MessageBanner::Kind kind, const QString &text);
    std::function<void(bool isError, const QString &text)> documentReport();
    using DocumentAction = void (*)(QWidget *, const Order &, std::shared_ptr<const CatalogEntry>,
                                    std::function<void(bool, const QString &)>);
    /// Reads the last order again (tickets may have been cancelled or refunded since the sale),
    /// shows it and hands it to `action`.
    void withLastOrder(DocumentAction action);
    void showLastSale(const Order &order);
    int ttl() const;

    BoxOffice &m_box;
    SeatMapView *m_map;
    std::shared_ptr<const CatalogEntry> m_entry;
    QString m_holder;
    int m_holdSeconds = 0;
    std::optional<Hold> m_hold;
    std::optional<Hold> m_earlierHold; ///< offered by m_takeBackButton
    qint64 m_holdTotalSeconds = 0;
    std::optional<Order> m_lastOrder;
    std::shared_ptr<const CatalogEntry> m_lastOrderEntry;
    bool m_busy = false;

    QLabel *m_cartTitle = nullptr;
    QListWidget *m_cart = nullptr;
    QLabel *m_total = nullptr;
    QSpinBox *m_bestQuantity = nullptr;
    QComboBox *m_bestCategory = nullptr;
    QPushButton *m_bestButton = nullptr;
    QComboBox *m_standingArea = nullptr;
    QSpinBox *m_standingQuantity = nullptr;
    QPushButton *m_standingButton = nullptr;
    QWidget *m_standingGroup = nullptr;
    QPushButton *m_holdButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_takeBackButton = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_countdownBar = nullptr;
    SaleForm *m_form = nullptr;
    QLabel *m_lastSale = nullptr;
    QGroupBox *m_lastSaleGroup = nullptr;
    QTimer *m_ticker = nullptr;
    QTimer *m_endTimer; ///< fires when the shown event ends (or an hour on, to look again)
};

} // namespace tessera
