#include "ui/admin/eventlayout.h"

#include "core/layout/demovenues.h"
#include "core/layout/layoutcsv.h"
#include "core/layout/layoutgenerator.h"
#include "core/layout/layoutprogress.h"
#include "core/layout/pretixformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::EventLayout", text);
}

constexpr double kMargin = 20;
constexpr double kStageHeight = 30;
constexpr double kStageGap = 30;
constexpr double kStandingDepth = 60;

} // namespace

VenueLayout generatedHallLayout(const QString &venue, const GeneratedHall &hall, EventKind kind)
{
    VenueLayout layout;
    layout.name = venue;
    // Teal, not blue: available seats show their category's colour and "Held by you" is blue.
    layout.categories = {PriceCategory{u"standard"_s, tr("Standard"), u"#0d9488"_s, hall.priceCents}};
    const bool seats = kind != EventKind::Standing && hall.rows > 0 && hall.seatsPerRow > 0;
    const bool standing = kind != EventKind::Seated && hall.standingCapacity > 0;
    SectionSpec spec;
    spec.section = tr("Stalls");
    spec.rows = seats ? hall.rows : 0;
    spec.seatsPerRow = seats ? hall.seatsPerRow : 0;
    spec.category = u"standard"_s;
    const double rowWidth = seats ? (hall.seatsPerRow - 1) * spec.seatPitch : 200;
    const double width = std::max(rowWidth, 200.0) + 2 * kMargin;
    spec.offsetX = kMargin + (width - 2 * kMargin - rowWidth) / 2;
    spec.offsetY = kMargin + kStageHeight + kStageGap;
    layout.stageX = kMargin;
    layout.stageY = kMargin;
    layout.stageWidth = width - 2 * kMargin;
    layout.stageHeight = kStageHeight;
    double bottom = spec.offsetY;
    if (seats) {
        if (const Status added = LayoutGenerator::appendSection(layout, spec); !added)
            qWarning("generated hall: %s", qUtf8Printable(added.error().message));
        bottom += (hall.rows - 1) * spec.rowSpacing + kMargin;
    }
    if (standing) {
        layout.categories.append(
            PriceCategory{u"standing"_s, tr("Standing"), u"#f59e0b"_s, hall.standingPriceCents});
        layout.standingAreas.append(StandingArea{QUuid(), tr("Standing"), u"standing"_s,
                                                 hall.standingCapacity, kMargin, bottom, width - 2 * kMargin,
                                                 kStandingDepth});
        bottom += kStandingDepth;
    }
    layout.width = width;
    layout.height = bottom + kMargin;
    for (LayoutSeat &seat : layout.seats)
        seat.id = QUuid();
    return layout;
}

QStringList demoVenueNames()
{
    return {tr("Theatre Royal (1,512 seats, 150 standing)"), tr("City Arena (19,200 seats, 2,000 standing)"),
            tr("National Stadium (99,120 seats)")};
}

VenueLayout demoVenueLayout(int index)
{
    switch (index) {
    case 1:
        return DemoVenues::arena();
    case 2:
        return DemoVenues::stadium();
    default:
        return DemoVenues::theatre();
    }
}

Result<ImportReport> importLayoutFile(const QString &path, LayoutProgress *progress)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, tr("Cannot read %1: %2").arg(name, file.errorString())};
    const QByteArray bytes = file.readAll();
    Result<ImportReport> report =
        path.endsWith(u".json"_s, Qt::CaseInsensitive)
            ? PretixFormat::import(bytes, progress)
            : LayoutCsv::import(bytes, QFileInfo(path).completeBaseName(), progress);
    if (!report)
        return Error{report.error().code, tr("%1: %2").arg(name, report.error().message)};
    return report;
}

VenueLayout withNewIds(VenueLayout layout)
{
    for (LayoutSeat &seat : layout.seats)
        seat.id = QUuid();
    for (StandingArea &area : layout.standingAreas)
        area.id = QUuid();
    return layout;
}

EventKind kindOfLayout(const VenueLayout &layout)
{
    if (layout.seats.isEmpty() && !layout.standingAreas.isEmpty())
        return EventKind::Standing;
    if (!layout.seats.isEmpty() && !layout.standingAreas.isEmpty())
        return EventKind::Mixed;
    return EventKind::Seated;
}

} // namespace tessera
