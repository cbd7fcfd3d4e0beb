// The printer path of the tickets: OrderDocuments::printTickets opens Qt's print dialog, the
// clerk picks a destination and the tickets are painted onto that QPrinter. The test picks the
// dialog's "print to file" destination (a machine without CUPS queues, like CI, offers only
// that one) and reads back the document the printer produced: one page per ticket.

#include "../support/venues.h"
#include "core/boxoffice/localboxoffice.h"
#include "ui/mainwindow/orderdocuments.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPrintDialog>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace Qt::StringLiterals;

class TestTicketPrinting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printDialogPrintsOnePagePerTicket();
    void cancelledDialogPrintsNothing();

private:
    /// A sold order of `count` seats on a fresh database in `dir`.
    Order sellSeats(const QTemporaryDir &dir, int count);
    QPrintDialog *openDialog(const Order &order);

    std::unique_ptr<LocalBoxOffice> m_office;
    std::shared_ptr<const CatalogEntry> m_entry;
    QWidget m_parent;
    QList<std::pair<bool, QString>> m_reports;
};

Order TestTicketPrinting::sellSeats(const QTemporaryDir &dir, int count)
{
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"tessera.db"_s));
    options.units = 1;
    auto office = LocalBoxOffice::open(options);
    if (!office)
        qFatal("cannot open the box office: %s", qPrintable(office.error().message));
    m_office = std::move(office.value());
    const Result<Event> event = m_office->createEvent(test::concert(), test::smallHall(2, 6)).result();
    if (!event)
        qFatal("cannot create the event: %s", qPrintable(event.error().message));
    m_entry = m_office->catalogEntry(event->id);
    QList<QUuid> seats;
    for (int i = 0; i < count; ++i)
        seats << m_entry->layout.seats.at(i).id;
    const Result<Hold> hold = m_office->holdSeats({event->id, seats, u"clerk@box-1"_s}).result();
    if (!hold)
        qFatal("cannot hold: %s", qPrintable(hold.error().message));
    SaleRequest sale;
    sale.holder = u"clerk@box-1"_s;
    sale.customerName = u"Grace Hopper"_s;
    const Result<Order> order = m_office->sell(hold->id, sale).result();
    if (!order)
        qFatal("cannot sell: %s", qPrintable(order.error().message));
    return *order;
}

QPrintDialog *TestTicketPrinting::openDialog(const Order &order)
{
    m_reports.clear();
    qDeleteAll(m_parent.findChildren<QPrintDialog *>()); // closed ones wait for a deferred delete
    OrderDocuments::printTickets(&m_parent, order, m_entry, [this](bool isError, const QString &text) {
        m_reports.append({isError, text});
    });
    return m_parent.findChild<QPrintDialog *>();
}

void TestTicketPrinting::printDialogPrintsOnePagePerTicket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Order order = sellSeats(dir, 3);
    QCOMPARE(order.tickets.size(), 3);

    QPrintDialog *dialog = openDialog(order);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Print tickets"_s);
    // The destination list ends with "Print to File (PDF)"; its file name goes in `filename`.
    auto *destinations = dialog->findChild<QComboBox *>(u"printers"_s);
    auto *fileName = dialog->findChild<QLineEdit *>(u"filename"_s);
    QVERIFY(destinations && fileName);
    destinations->setCurrentIndex(destinations->count() - 1);
    const QString path = dir.filePath(u"printed-tickets.pdf"_s);
    fileName->setText(path);
    dialog->accept();

    QCOMPARE(m_reports.size(), 1);
    QVERIFY2(!m_reports.first().first, qPrintable(m_reports.first().second));
    QVERIFY(m_reports.first().second.startsWith(u"Sent the tickets to"_s));
    QFile printed(path);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QByteArray document = printed.readAll();
    QVERIFY(document.startsWith("%PDF"));
    static const QRegularExpression page(u"/Type\\s*/Page\\b"_s);
    QCOMPARE(QString::fromLatin1(document).count(page), order.tickets.size());
    m_office.reset();
}

void TestTicketPrinting::cancelledDialogPrintsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Order order = sellSeats(dir, 1);
    QPrintDialog *dialog = openDialog(order);
    QVERIFY(dialog);
    auto *destinations = dialog->findChild<QComboBox *>(u"printers"_s);
    auto *fileName = dialog->findChild<QLineEdit *>(u"filename"_s);
    QVERIFY(destinations && fileName);
    destinations->setCurrentIndex(destinations->count() - 1);
    fileName->setText(dir.filePath(u"never.pdf"_s));
    dialog->reject();
    QVERIFY(m_reports.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"never.pdf"_s)));
    m_office.reset();
}

QTEST_MAIN(TestTicketPrinting)
#include "tst_ticketprinting.moc"
