#include "tests/support/sellerprocess.h"

#include "core/boxoffice/localboxoffice.h"
#include "core/common/ids.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <future>

namespace tessera::test {

namespace {

constexpr int kWindow = 16; ///< orders in flight at once

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// Free seats for the next orders: `orders` groups of 1-3 (Continuous) or 1 (Race) seats,
/// starting at random places so the two racing processes collide often.
QList<QList<quint32>> pickSeats(const EventSpace &space, SellerMode mode, int orders)
{
    QList<QList<quint32>> groups;
    const auto count = quint32(space.seatCount());
    QRandomGenerator *random = QRandomGenerator::global();
    QList<quint32> taken;
    for (int g = 0; g < orders; ++g) {
        const int want = mode == SellerMode::Race ? 1 : 1 + int(random->bounded(3));
        QList<quint32> group;
        const quint32 start = random->bounded(count);
        for (quint32 k = 0; k < count && group.size() < want; ++k) {
            const quint32 seat = (start + k) % count;
            if (space.seatState(seat) == SeatState::Available && !taken.contains(seat))
                group.append(seat);
        }
        if (group.isEmpty())
            break;
        taken += group;
        groups.append(group);
    }
    return groups;
}

int holdAndWait(LocalBoxOffice &office, const CatalogEntry &entry, const QString &holder)
{
    SeatHoldRequest request{entry.event.id, {}, holder, kHoldAndWaitSeconds};
    for (int seat = 0; seat < 3; ++seat)
        request.seatIds.append(entry.layout.seats[seat].id);
    const Result<Hold> held = office.holdSeats(request).result();
    if (!held) {
        say("ERROR " + held.error().message.toUtf8());
        return 1;
    }
    // The data pump writes the hold behind; wait until it has committed it.
    std::promise<Status> committed;
    std::future<Status> done = committed.get_future();
    office.pump().whenCommitted(entry.index, office.seatSpace(entry.event.id)->lastSequence(),
                                [&committed](Status s) { committed.set_value(std::move(s)); });
    if (const Status flushed = done.get(); !flushed) {
        say("ERROR " + flushed.error().message.toUtf8());
        return 1;
    }
    say("HELD");
    for (;;)
        QThread::sleep(60);
}

int runSeller(const DatabaseUrl &url, const QUuid &eventId, SellerMode mode)
{
    LocalBoxOffice::Options options;
    options.url = url;
    options.units = 2;
    auto opened = LocalBoxOffice::open(options);
    if (!opened) {
        say("ERROR " + opened.error().message.toUtf8());
        return 3;
    }
    LocalBoxOffice &office = **opened;
    const auto entry = office.catalogEntry(eventId);
    const EventSpace *space = office.seatSpace(eventId);
    if (!entry || !space) {
        say("ERROR no such event");
        return 3;
    }
    const QString holder = QStringLiteral("seller-%1").arg(QCoreApplication::applicationPid());
    say("READY");
    if (mode == SellerMode::HoldAndWait)
        return holdAndWait(office, *entry, holder);
    for (;;) {
        const QList<QList<quint32>> groups = pickSeats(*space, mode, kWindow);
        if (groups.isEmpty())
            break;
        QList<QFuture<Result<Hold>>> holds;
        for (const QList<quint32> &group : groups) {
            SeatHoldRequest request{eventId, {}, holder};
            for (quint32 seat : group)
                request.seatIds.append(entry->layout.seats[seat].id);
            holds.append(office.holdSeats(request));
        }
        QList<QFuture<Result<Order>>> sales;
        for (auto &hold : holds) {
            const Result<Hold> held = hold.result();
            if (held)
                sales.append(office.sell(held->id, SaleRequest{holder, PaymentMethod::Card}));
        }
        for (auto &sale : sales) {
            const Result<Order> sold = sale.result();
            if (!sold)
                continue; // another process was first, or the hold was refused: nothing acknowledged
            QByteArray line = "SOLD " + uuidText(sold->id).toLatin1() + ' ';
            for (qsizetype t = 0; t < sold->tickets.size(); ++t)
                line += (t ? "," : "") + uuidText(sold->tickets[t].seatId).toLatin1();
            say(line);
        }
    }
    if (mode == SellerMode::Continuous) {
        say("SOLDOUT");
        return 0;
    }
    // Race: wait until this process sees every seat sold, by itself or by the other one.
    QElapsedTimer waited;
    waited.start();
    while (space->counts().sold < space->seatCount() && waited.elapsed() < 30'000)
        QThread::msleep(5);
    if (space->counts().sold < space->seatCount()) {
        QByteArray left;
        for (quint32 seat = 0; seat < quint32(space->seatCount()); ++seat) {
            if (space->seatState(seat) != SeatState::Sold)
                left += ' ' + QByteArray::number(seat) + ':' + QByteArray::number(int(space->seatState(seat)))
                        + ':' + QByteArray::number(space->seatHold(seat));
        }
        say("NOTALLSOLD " + QByteArray::number(space->counts().sold) + left);
        return 2;
    }
    say("ALLSOLD " + QByteArray::number(waited.elapsed()));
    return 0;
}

} // namespace

int runSellerIfAsked(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QLatin1StringView(kSellerArgument));
    if (at < 0 || at + 3 >= arguments.size())
        return -1;
    const Result<DatabaseUrl> url = DatabaseUrl::parse(arguments.at(at + 1));
    if (!url) {
        say("ERROR " + url.error().message.toUtf8());
        return 3;
    }
    const QString name = arguments.at(at + 3);
    const SellerMode mode = name == QLatin1StringView("race")   ? SellerMode::Race
                            : name == QLatin1StringView("hold") ? SellerMode::HoldAndWait
                                                                : SellerMode::Continuous;
    return runSeller(*url, parseUuid(arguments.at(at + 2)), mode);
}

std::unique_ptr<QProcess> startSeller(const DatabaseUrl &url, const QUuid &eventId, SellerMode mode)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QCoreApplication::applicationFilePath(),
                   {QLatin1StringView(kSellerArgument), url.toString(), uuidText(eventId),
                    mode == SellerMode::Race          ? QStringLiteral("race")
                    : mode == SellerMode::HoldAndWait ? QStringLiteral("hold")
                                                      : QStringLiteral("continuous")});
    return process;
}

QList<AckedSale> parseAckedSales(const QByteArray &output)
{
    QList<AckedSale> sales;
    const QList<QByteArray> lines = output.split('\n');
    // The last element follows the last newline: a line the kill may have cut.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (!line.startsWith("SOLD "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3)
            continue;
        AckedSale sale;
        sale.orderId = parseUuid(QString::fromLatin1(parts.at(1)));
        for (const QByteArray &seat : parts.at(2).split(','))
            sale.seatIds.append(parseUuid(QString::fromLatin1(seat)));
        sales.append(sale);
    }
    return sales;
}

} // namespace tessera::test
