#include "ui/mainwindow/salespanel.h"

#include "ui/mainwindow/orderdocuments.h"
#include "ui/mainwindow/saleform.h"
#include "ui/mainwindow/uisupport.h"
#include "ui/seatmap/seatmapview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kCartRows = 200; ///< seats listed one by one; more are summarised

QString countdownText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SalesPanel::SalesPanel(BoxOffice &box, SeatMapView *map, QWidget *parent)
    : QWidget(parent)
    , m_box(box)
    , m_map(map)
    , m_ticker(new QTimer(this))
    , m_endTimer(new QTimer(this))
{
    buildUi();
    m_endTimer->setSingleShot(true);
    connect(m_endTimer, &QTimer::timeout, this, [this] {
        const bool ended = eventEnded();
        if (ended)
            lookForEarlierHolds(); // withdraws the offer: nothing of it could be sold
        updateCart();
        updateButtons();
        watchForEnd();
        if (ended)
            Q_EMIT shownEventEnded();
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SalesPanel::tick);
    connect(m_map, &SeatMapView::selectionChanged, this, [this] {
        updateCart();
        updateButtons();
    });
    connect(&m_box, &BoxOffice::standingChanged, this, [this](const QUuid &eventId) {
        if (m_entry && eventId == m_entry->event.id)
            refreshStanding();
    });
    connect(m_form, &SaleForm::sellRequested, this, &SalesPanel::sell);
    updateCart();
    updateButtons();
}

SalesPanel::~SalesPanel() = default;

void SalesPanel::buildUi()
{
    setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The cart: what is selected, or what is held.
    auto *cartGroup = new QGroupBox(tr("Cart"), this);
    auto *cartLayout = new QVBoxLayout(cartGroup);
    m_cartTitle = new QLabel(cartGroup);
    m_cartTitle->setObjectName(u"cartTitle"_s);
    m_cartTitle->setWordWrap(true);
    m_cart = new QListWidget(cartGroup);
    m_cart->setObjectName(u"cart"_s);
    m_cart->setMinimumHeight(90);
    // Its preferred height is what is left: the panel's word-wrapped labels make the scroll
    // area lay it out at preferred heights, and a list asking for 192 pixels made the panel
    // scroll at 800 pixels once the Last sale box showed.
    m_cart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_cart->setSelectionMode(QAbstractItemView::NoSelection);
    m_total = new QLabel(cartGroup);
    m_total->setObjectName(u"cartTotal"_s);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_total->setFont(totalFont);
    m_countdown = new QLabel(cartGroup);
    m_countdown->setObjectName(u"holdCountdown"_s);
    m_countdownBar = new QProgressBar(cartGroup);
    m_countdownBar->setTextVisible(false);
    m_countdownBar->setMaximumHeight(8);
    m_holdButton = new QPushButton(tr("H&old"), cartGroup);
    m_holdButton->setObjectName(u"holdButton"_s);
    m_holdButton->setToolTip(tr("Hold the selected seats for this customer (Ctrl+H)"));
    m_extendButton = new QPushButton(tr("E&xtend"), cartGroup);
    m_extendButton->setToolTip(tr("Give the hold its full time again (Ctrl+E)"));
    m_releaseButton = new QPushButton(tr("&Release"), cartGroup);
    m_releaseButton->setToolTip(tr("Give the held places back (Ctrl+R)"));
    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(m_holdButton);
    holdRow->addWidget(m_extendButton);
    holdRow->addWidget(m_releaseButton);
    cartLayout->addWidget(m_cartTitle);
    cartLayout->addWidget(m_cart, 1);
    cartLayout->addWidget(m_total);
    cartLayout->addWidget(m_countdown);
    cartLayout->addWidget(m_countdownBar);
    cartLayout->addLayout(holdRow);
    m_takeBackButton = new QPushButton(cartGroup);
    m_takeBackButton->setObjectName(u"takeBackButton"_s);
    m_takeBackButton->setToolTip(
        tr("This terminal still holds these places from before Tessera last stopped: put them in the "
           "cart to sell or release them"));
    m_takeBackButton->hide();
    connect(m_takeBackButton, &QPushButton::clicked, this, &SalesPanel::takeBackEarlierHold);
    cartLayout->addWidget(m_takeBackButton);
    layout->addWidget(cartGroup, 1);

    // Best available.
    auto *bestGroup = new QGroupBox(tr("Best available"), this);
    auto *bestLayout = new QHBoxLayout(bestGroup);
    m_bestQuantity = new QSpinBox(bestGroup);
    m_bestQuantity->setObjectName(u"bestQuantity"_s);
    m_bestQuantity->setRange(1, 50);
    m_bestQuantity->setValue(2);
    m_bestQuantity->setToolTip(tr("How many seats together (up to 50)"));
    m_bestCategory = new QComboBox(bestGroup);
    m_bestCategory->setObjectName(u"bestCategory"_s);
    m_bestCategory->setToolTip(tr("In which price category"));
    m_bestButton = new QPushButton(tr("Find && hold"), bestGroup);
    m_bestButton->setObjectName(u"bestButton"_s);
    m_bestButton->setToolTip(tr("Hold the best seats together in this category (Ctrl+B)"));
    bestLayout->addWidget(m_bestQuantity);
    bestLayout->addWidget(m_bestCategory, 1);
    bestLayout->addWidget(m_bestButton);
    layout->addWidget(bestGroup);

    // Standing places by quantity.
    auto *standingGroup = new QGroupBox(tr("Standing"), this);
    m_standingGroup = standingGroup;
    auto *standingLayout = new QGridLayout(standingGroup);
    m_standingArea = new QComboBox(standingGroup);
    m_standingArea->setObjectName(u"standingArea"_s);
    m_standingArea->setToolTip(tr("The standing area (or click it on the map)"));
    m_standingQuantity = new QSpinBox(standingGroup);
    m_standingQuantity->setObjectName(u"standingQuantity"_s);
    m_standingQuantity->setRange(1, 1000); // as many as the box office holds at once
    m_standingQuantity->setToolTip(tr("How many standing places (up to 1,000 at once)"));
    m_standingButton = new QPushButton(tr("Hold places"), standingGroup);
    m_standingButton->setObjectName(u"standingButton"_s);
    m_standingButton->setToolTip(tr("Hold this many places in the standing area"));
    standingLayout->addWidget(m_standingArea, 0, 0, 1, 3);
    standingLayout->addWidget(m_standingQuantity, 1, 0);
    standingLayout->addWidget(m_standingButton, 1, 1, 1, 2);
    layout->addWidget(standingGroup);
    // Return in a quantity box does what its button does, as it would in a dialog.
    for (const auto &[box, button] :
         {std::pair{m_bestQuantity, m_bestButton}, std::pair{m_standingQuantity, m_standingButton}}) {
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
            auto *shortcut = new QShortcut(QKeySequence(key), box, nullptr, nullptr, Qt::WidgetShortcut);
            connect(shortcut, &QShortcut::activated, button, [button] {
                if (button->isEnabled())
                    button->click();
            });
        }
    }

    // Payment.
    auto *saleGroup = new QGroupBox(tr("Sale"), this);
    auto *saleLayout = new QVBoxLayout(saleGroup);
    m_form = new SaleForm(saleGroup);
    saleLayout->addWidget(m_form);
    layout->addWidget(saleGroup);

    // The last sale: tickets and receipt.
    auto *lastGroup = new QGroupBox(tr("Last sale"), this);
    m_lastSaleGroup = lastGroup;
    lastGroup->setObjectName(u"lastSaleGroup"_s);
    auto *lastLayout = new QVBoxLayout(lastGroup);
    m_lastSale = new QLabel(lastGroup);
    m_lastSale->setObjectName(u"lastSale"_s);
    m_lastSale->setWordWrap(true);
    m_lastSale->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pdf = new QPushButton(tr("Tickets PDF…"), lastGroup);
    pdf->setToolTip(tr("Save the tickets as a PDF file (Ctrl+Shift+S)"));
    auto *print = new QPushButton(tr("Print…"), lastGroup);
    print->setToolTip(tr("Print the tickets (Ctrl+P)"));
    auto *receipt = new QPushButton(tr("Receipt…"), lastGroup);
    receipt->setToolTip(tr("Save the receipt as a PDF file"));
    auto *docRow = new QHBoxLayout;
    docRow->addWidget(pdf);
    docRow->addWidget(print);
    docRow->addWidget(receipt);
    lastLayout->addWidget(m_lastSale);
    lastLayout->addLayout(docRow);
    // There from the start, greyed until the first sale: nothing above it moves when it fills.
    m_lastSale->setText(tr("No sale yet."));
    lastGroup->setEnabled(false);
    layout->addWidget(lastGroup);

    connect(m_holdButton, &QPushButton::clicked, this, &SalesPanel::holdSelection);
    connect(m_extendButton, &QPushButton::clicked, this, &SalesPanel::extendHold);
    connect(m_releaseButton, &QPushButton::clicked, this, &SalesPanel::releaseHold);
    connect(m_bestButton, &QPushButton::clicked, this, &SalesPanel::holdBestAvailable);
    connect(m_standingButton, &QPushButton::clicked, this, &SalesPanel::holdStanding);
    connect(pdf, &QPushButton::clicked, this, &SalesPanel::saveTickets);
    connect(print, &QPushButton::clicked, this, &SalesPanel::printTickets);
    connect(receipt, &QPushButton::clicked, this, &SalesPanel::saveReceipt);
}

void SalesPanel::setEvent(std::shared_ptr<const CatalogEntry> entry)
{
    if (m_hold && (!entry || m_hold->eventId != entry->event.id)) {
        m_box.releaseHold(m_hold->id, m_holder); // its own event's map shows the seats free again
        setHold(std::nullopt);
    }
    m_entry = std::move(entry);
    watchForEnd();
    const QString category = m_bestCategory->currentData().toString();
    m_bestCategory->clear();
    m_bestCategory->addItem(tr("Any category"), QString());
    if (m_entry) {
        for (const PriceCategory &c : m_entry->layout.categories)
            m_bestCategory->addItem(tr("%1 (%2)").arg(c.name, formatPrice(c.priceCents)), c.id);
    }
    m_bestCategory->setCurrentIndex(std::max(0, m_bestCategory->findData(category)));
    refreshStanding();
    updateCart();
    updateButtons();
    lookForEarlierHolds();
}

void SalesPanel::setHolder(const QString &holder)
{
    if (holder == m_holder)
        return;
    m_holder = holder;
    lookForEarlierHolds();
}

void SalesPanel::lookForEarlierHolds()
{
    m_earlierHold.reset();
    m_takeBackButton->hide();
    if (m_hold || !m_entry || m_holder.isEmpty() || eventEnded())
        return;
    const QUuid eventId = m_entry->event.id;
    whenReady(this, m_box.holdsOf(eventId, m_holder), [this, eventId](const Result<QList<Hold>> &holds) {
        if (!holds || holds->isEmpty() || m_hold || !m_entry || m_entry->event.id != eventId || eventEnded())
            return;
        // The one that lasts longest (the newest); the others stay held by this terminal until
        // they run out, or are offered once this one is sold or released.
        m_earlierHold = holds->constLast();
        const QString until = m_earlierHold->expiresAt.toLocalTime().toString(u"HH:mm"_s);
        m_takeBackButton->setText(
            tr("Take back %n held place(s), until %1", nullptr, static_cast<int>(m_earlierHold->placeCount()))
                .arg(until));
        m_takeBackButton->show();
    });
}

void SalesPanel::takeBackEarlierHold()
{
    if (!m_earlierHold || m_hold)
        return;
    const Hold hold = *std::exchange(m_earlierHold, std::nullopt);
    m_takeBackButton->hide();
    if (hold.expiresAt <= QDateTime::currentDateTimeUtc()) {
        report(MessageBanner::Kind::Error, tr("That hold has run out: its places are free again."));
        return;
    }
    setHold(hold);
    revealHeldSeats();
}

void SalesPanel::revealHeldSeats()
{
    if (!m_hold || !m_entry || m_hold->isStanding())
        return;
    QList<quint32> seats;
    seats.reserve(m_hold->seatIds.size());
    for (const QUuid &id : std::as_const(m_hold->seatIds)) {
        const auto it = m_entry->seatIndexById.constFind(id);
        if (it != m_entry->seatIndexById.constEnd())
            seats.append(*it);
    }
    m_map->showSeats(seats);
}

int SalesPanel::ttl() const
{
    return m_holdSeconds;
}

void SalesPanel::holdSelection()
{
    if (!m_entry || m_busy || m_hold)
        return;
    const QList<quint32> selected = m_map->selectedSeats();
    if (selected.isEmpty()) {
        report(MessageBanner::Kind::Info, tr("Select seats on the map first, or use Best available."));
        return;
    }
    SeatHoldRequest request;
    request.eventId = m_entry->event.id;
    request.holder = m_holder;
    request.ttlSeconds = ttl();
    for (quint32 seat : selected)
        request.seatIds.append(m_entry->layout.seats[seat].id);
    setBusy(true);
    whenReady(this, m_box.holdSeats(request), [this](const Result<Hold> &hold) { onHoldResult(hold); });
}

void SalesPanel::holdBestAvailable()
{
    if (!m_entry || m_busy || m_hold)
        return;
    BestAvailableRequest request;
    request.eventId = m_entry->event.id;
    request.quantity = m_bestQuantity->value();
    request.categoryId = m_bestCategory->currentData().toString();
    request.holder = m_holder;
    request.ttlSeconds = ttl();
    setBusy(true);
    whenReady(this, m_box.holdBestAvailable(request),
              [this](const Result<Hold> &hold) { onHoldResult(hold, true); });
}

void SalesPanel::holdStanding()
{
    if (!m_entry || m_busy || m_hold || m_standingArea->currentIndex() < 0)
        return;
    StandingHoldRequest request;
    request.eventId = m_entry->event.id;
    request.standingAreaId = m_standingArea->currentData().toUuid();
    request.quantity = m_standingQuantity->value();
    request.holder = m_holder;
    request.ttlSeconds = ttl();
    setBusy(true);
    whenReady(this, m_box.holdStanding(request), [this](const Result<Hold> &hold) { onHoldResult(hold); });
}

void SalesPanel::onHoldResult(const Result<Hold> &hold, bool reveal)
{
    setBusy(false);
    if (!hold) {
        // Someone else was faster: say who, show the map as it is now, keep everything else.
        report(MessageBanner::Kind::Error, hold.error().message);
        m_map->seatsChanged(m_map->selectedSeats());
        m_map->flushChanges();
        return;
    }
    m_map->clearSelection();
    setHold(*hold);
    if (reveal)
        revealHeldSeats();
    report(MessageBanner::Kind::Info,
           (hold->placeCount() == 1 ? tr("Held 1 place until %1.")
                                    : tr("Held %1 places until %2.").arg(hold->placeCount()))
               .arg(QLocale().toString(hold->expiresAt.toLocalTime().time(), u"HH:mm"_s)));
}

void SalesPanel::extendHold()
{
    if (!m_hold || m_busy)
        return;
    setBusy(true);
    whenReady(this, m_box.extendHold(m_hold->id, m_holder, ttl()), [this](const Result<Hold> &hold) {
        setBusy(false);
        if (!hold) {
            report(MessageBanner::Kind::Error, hold.error().message);
            if (hold.errorCode() == ErrorCode::HoldExpired || hold.errorCode() == ErrorCode::NotFound)
                setHold(std::nullopt);
            return;
        }
        setHold(*hold);
        report(MessageBanner::Kind::Info,
               tr("Hold extended to %1.")
                   .arg(QLocale().toString(hold->expiresAt.toLocalTime().time(), u"HH:mm"_s)));
    });
}

void SalesPanel::askToReleaseHold()
{
    if (!m_hold || m_busy || findChild<QMessageBox *>(u"releaseQuestion"_s))
        return;
    const int places = static_cast<int>(m_hold->placeCount());
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Release hold"),
                        tr("Give back the %n held place(s)?", nullptr, places), QMessageBox::NoButton, this);
    box->setObjectName(u"releaseQuestion"_s);
    box->setInformativeText(tr("Other terminals can sell them at once."));
    QPushButton *release = box->addButton(tr("&Release"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("&Keep them"), QMessageBox::RejectRole);
    box->setDefaultButton(release);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(release, &QPushButton::clicked, this, [this, holdId = m_hold->id] {
        if (m_hold && m_hold->id == holdId) // not one that expired or was sold meanwhile
            releaseHold();
    });
    box->open();
}

void SalesPanel::releaseHold()
{
    if (!m_hold || m_busy)
        return;
    setBusy(true);
    whenReady(this, m_box.releaseHold(m_hold->id, m_holder), [this](const Status &released) {
        setBusy(false);
        if (!released && released.errorCode() != ErrorCode::HoldExpired
            && released.errorCode() != ErrorCode::NotFound) {
            report(MessageBanner::Kind::Error, released.error().message);
            return;
        }
        setHold(std::nullopt);
        report(MessageBanner::Kind::Info, tr("Released the held places."));
    });
}

void SalesPanel::sell(const SaleRequest &request)
{
    if (!m_hold || m_busy)
        return;
    SaleRequest sale = request;
    sale.holder = m_holder;
    const auto entry = m_entry;
    setBusy(true);
    whenReady(this, m_box.sell(m_hold->id, sale), [this, entry](const Result<Order> &order) {
        setBusy(false);
        if (!order) {
            report(MessageBanner::Kind::Error, order.error().message);
            // Expired, unknown, or refused by the database (another terminal sold the seats
            // first; the sale and its hold are undone): the hold is gone either way.
            if (order.errorCode() == ErrorCode::HoldExpired || order.errorCode() == ErrorCode::NotFound
                || order.errorCode() == ErrorCode::SeatUnavailable)
                setHold(std::nullopt);
            return;
        }
        m_lastOrder = *order;
        m_lastOrderEntry = entry;
        setHold(std::nullopt);
        m_form->clear();
        const QString shortId = tessera::shortId(order->id);
        const QString price = formatPrice(order->totalCents);
        const qsizetype count = order->tickets.size();
        showLastSale(*order);
        report(MessageBanner::Kind::Info,
               count == 1
                   ? tr("Sold 1 ticket for %1 (order %2).").arg(price, shortId)
                   : tr("Sold %1 tickets for %2 (order %3).").arg(QString::number(count), price, shortId));
        Q_EMIT sold(*order);
        Q_EMIT availabilityChanged();
    });
}

void SalesPanel::chooseStandingArea(quint32 area)
{
    if (!m_entry || area >= static_cast<quint32>(m_entry->layout.standingAreas.size()))
        return;
    const int index = m_standingArea->findData(m_entry->layout.standingAreas[area].id);
    if (index >= 0)
        m_standingArea->setCurrentIndex(index);
    m_standingQuantity->setFocus();
    m_standingQuantity->selectAll();
}

void SalesPanel::refreshStanding()
{
    const QUuid current = m_standingArea->currentData().toUuid();
    m_standingArea->clear();
    const EventSpace *space = m_entry ? m_box.seatSpace(m_entry->event.id) : nullptr;
    const bool any = m_entry && space && !m_entry->layout.standingAreas.isEmpty();
    m_standingGroup->setVisible(any);
    if (!any)
        return;
    const QLocale locale;
    for (qsizetype a = 0; a < m_entry->layout.standingAreas.size(); ++a) {
        const StandingArea &area = m_entry->layout.standingAreas[a];
        const qint64 left = space->standing(static_cast<quint32>(a)).available();
        m_standingArea->addItem(tr("%1 — %2 left, %3 each")
                                    .arg(area.name, locale.toString(left),
                                         formatPrice(m_entry->standingPriceCents[static_cast<size_t>(a)])),
                                area.id);
    }
    const int keep = m_standingArea->findData(current);
    m_standingArea->setCurrentIndex(keep >= 0 ? keep : 0);
}

void SalesPanel::showLastSale(const Order &order)
{
    const QString shortId = tessera::shortId(order.id);
    qsizetype valid = 0;
    qint64 validCents = 0;
    for (const Ticket &ticket : order.tickets) {
        if (ticket.status == TicketStatus::Confirmed) {
            ++valid;
            validCents += ticket.priceCents;
        }
    }
    const QString price = formatPrice(validCents);
    QString summary = valid == 1 ? tr("Order %1: 1 ticket, %2").arg(shortId, price)
                                 : tr("Order %1: %2 tickets, %3").arg(shortId, QString::number(valid), price);
    if (valid == 0 && !order.tickets.isEmpty())
        summary = tr("Order %1: every ticket cancelled").arg(shortId);
    else if (valid < order.tickets.size())
        summary += u' ' + tr("(%1 cancelled)").arg(order.tickets.size() - valid);
    if (!order.customerName.isEmpty())
        summary += u" — "_s + order.customerName;
    m_lastSale->setText(summary);
    // Named: it stays when another event opens, and its tickets are that event's.
    m_lastSaleGroup->setTitle(m_lastOrderEntry ? tr("Last sale: %1").arg(m_lastOrderEntry->event.name)
                                               : tr("Last sale"));
    m_lastSaleGroup->setEnabled(true);
}

void SalesPanel::withLastOrder(DocumentAction action)
{
    if (!m_lastOrder)
        return;
    const auto entry = m_lastOrderEntry;
    whenReady(this, m_box.order(m_lastOrder->id), [this, entry, action](const Result<Order> &order) {
        if (!order) {
            report(MessageBanner::Kind::Error, order.error().message);
            return;
        }
        m_lastOrder = *order;
        showLastSale(*order);
        action(this, *order, entry, documentReport());
    });
}

void SalesPanel::saveTickets()
{
    withLastOrder(&OrderDocuments::saveTickets);
}

void SalesPanel::printTickets()
{
    withLastOrder(&OrderDocuments::printTickets);
}

void SalesPanel::saveReceipt()
{
    withLastOrder(&OrderDocuments::saveReceipt);
}

std::function<void(bool, const QString &)> SalesPanel::documentReport()
{
    return [this](bool isError, const QString &text) {
        report(isError ? MessageBanner::Kind::Error : MessageBanner::Kind::Info, text);
    };
}

void SalesPanel::setHold(std::optional<Hold> hold)
{
    const bool had = m_hold.has_value();
    m_hold = std::move(hold);
    if (m_hold) {
        m_holdTotalSeconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(m_hold->expiresAt));
        m_ticker->start();
    } else {
        m_ticker->stop();
    }
    tick();
    updateCart();
    updateButtons();
    if (m_hold) {
        m_earlierHold.reset();
        m_takeBackButton->hide();
    } else if (had) {
        lookForEarlierHolds(); // another one may be left
    }
    if (had != m_hold.has_value() || m_hold)
        Q_EMIT holdChanged(m_hold.has_value());
}

int SalesPanel::secondsLeft() const
{
    if (!m_hold)
        return 0;
    return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_hold->expiresAt)));
}

void SalesPanel::watchForEnd()
{
    m_endTimer->stop();
    if (m_entry && !eventEnded()) {
        const qint64 untilEnd = QDateTime::currentDateTimeUtc().msecsTo(m_entry->event.endTime);
        m_endTimer->start(static_cast<int>(std::clamp<qint64>(untilEnd + 1, 1, 3'600'000)));
    }
}

bool SalesPanel::eventEnded() const
{
    return m_entry && m_entry->event.hasEndedAt(QDateTime::currentDateTimeUtc());
}

void SalesPanel::tick()
{
    if (!m_hold) {
        m_countdown->setText(tr("Nothing held. Select seats and press Hold."));
        m_countdownBar->hide();
        return;
    }
    const int left = secondsLeft();
    if (left <= 0) {
        setHold(std::nullopt);
        report(MessageBanner::Kind::Error, tr("The hold ran out; the places are free again."));
        return;
    }
    m_countdown->setText(tr("Held for you: %1 left (Ctrl+E extends)").arg(countdownText(left)));
    m_countdown->setStyleSheet(left <= 60 ? u"color: #b00020; font-weight: bold;"_s
                                          : u"font-weight: bold;"_s);
    m_countdownBar->show();
    m_countdownBar->setRange(0, static_cast<int>(m_holdTotalSeconds));
    m_countdownBar->setValue(std::min(left, static_cast<int>(m_holdTotalSeconds)));
}

void SalesPanel::updateCart()
{
    m_cart->clear();
    qint64 total = 0;
    int places = 0;
    if (m_entry && m_hold) {
        if (eventEnded())
            m_cartTitle->setText(
                tr("<b>Held for this customer</b><br>The event has ended: its tickets can no "
                   "longer be sold. Release the hold."));
        else
            m_cartTitle->setText(
                m_map->selection().isEmpty()
                    ? tr("<b>Held for this customer</b>")
                    : tr("<b>Held for this customer</b><br>More seats are selected on the map: sell or "
                         "release this hold before holding them."));
        if (m_hold->isStanding()) {
            const auto it = m_entry->standingIndexById.constFind(m_hold->standingAreaId);
            const qint64 price =
                it != m_entry->standingIndexById.constEnd() ? m_entry->standingPriceCents[*it] : 0;
            const QString name = it != m_entry->standingIndexById.constEnd()
                                     ? m_entry->layout.standingAreas[*it].name
                                     : tr("Standing");
            m_cart->addItem(tr("%1 × %2 — %3 each").arg(m_hold->quantity).arg(name, formatPrice(price)));
            total = price * m_hold->quantity;
            places = m_hold->quantity;
        } else {
            for (const QUuid &seatId : m_hold->seatIds) {
                const auto it = m_entry->seatIndexById.constFind(seatId);
                if (it == m_entry->seatIndexById.constEnd())
                    continue;
                const qint64 price = m_entry->seatPriceCents[*it];
                total += price;
                ++places;
                if (places <= kCartRows)
                    m_cart->addItem(u"%1 — %2"_s.arg(m_entry->seatDescription(*it), formatPrice(price)));
            }
        }
    } else if (m_entry) {
        const QList<quint32> selected = m_map->selectedSeats();
        if (eventEnded())
            m_cartTitle->setText(tr("<b>This event has ended.</b> Its tickets can no longer be sold; Find "
                                    "order (Ctrl+F) still cancels and refunds them."));
        else
            m_cartTitle->setText(selected.isEmpty() ? tr("Click seats on the map, drag to select a block.")
                                                    : tr("<b>Selected</b> (not held yet — press Hold)"));
        // An ended event's selection cannot be held or sold: no list of it, no total to take.
        for (quint32 seat : eventEnded() ? QList<quint32>() : selected) {
            const qint64 price = m_entry->seatPriceCents[seat];
            total += price;
            ++places;
            if (places <= kCartRows)
                m_cart->addItem(u"%1 — %2"_s.arg(m_entry->seatDescription(seat), formatPrice(price)));
        }
    } else {
        m_cartTitle->setText(tr("Choose an event."));
    }
    if (places > kCartRows)
        m_cart->addItem(tr("… and %1 more").arg(places - kCartRows));
    m_total->setText(places == 0
                         ? QString()
                         : (places == 1 ? tr("1 place, total %1") : tr("%1 places, total %2").arg(places))
                               .arg(formatPrice(total)));
}

void SalesPanel::updateButtons()
{
    const bool ready = m_entry && !m_busy;
    const bool onSale = ready && !eventEnded();
    m_holdButton->setEnabled(onSale && !m_hold && !m_map->selection().isEmpty());
    m_extendButton->setEnabled(onSale && m_hold.has_value());
    m_releaseButton->setEnabled(ready && m_hold.has_value());
    m_bestButton->setEnabled(onSale && !m_hold);
    m_standingButton->setEnabled(onSale && !m_hold && m_standingArea->count() > 0);
    m_form->setSellable(onSale && m_hold.has_value());
}

void SalesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SalesPanel::report(MessageBanner::Kind kind, const QString &text)
{
    Q_EMIT messageRequested(kind, text);
}

} // namespace tessera
