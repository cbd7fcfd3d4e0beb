#include "core/layout/layoutgenerator.h"

#include "core/common/ids.h"
#include "core/layout/layoutprogress.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tessera {

namespace {

constexpr qint64 kMaxSeatsPerSection = 1'000'000;
constexpr QStringView kRowLetters = u"ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I, no O

Error specError(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

/// The place of a SeatRef in a row of `count` seats, or -1 when it lies outside.
int resolvePlace(int place, int count)
{
    const int resolved = place < 0 ? count + place : place;
    return resolved >= 0 && resolved < count ? resolved : -1;
}

/// Checks a seat reference; returns an empty string or what is wrong with it.
QString refProblem(const SeatRef &ref, const SectionSpec &spec)
{
    if (ref.row < 0 || ref.row >= spec.rows)
        return QStringLiteral("row %1 is outside the section").arg(ref.row);
    if (resolvePlace(ref.place, spec.seatsPerRow) < 0)
        return QStringLiteral("place %1 is outside the row").arg(ref.place);
    return {};
}

/// What is wrong with the spec, or an empty string.
QString specProblem(const SectionSpec &spec)
{
    if (spec.rows < 1)
        return QStringLiteral("rows: must be at least 1");
    if (spec.seatsPerRow < 1)
        return QStringLiteral("seatsPerRow: must be at least 1");
    if (qint64(spec.rows) * spec.seatsPerRow > kMaxSeatsPerSection)
        return QStringLiteral("a section holds at most %1 seats").arg(kMaxSeatsPerSection);
    if (spec.firstRow < 1 && spec.rowLabelling == RowLabelling::Letters)
        return QStringLiteral("firstRow: must be at least 1 for letters");
    if (!(spec.seatPitch > 0) || !std::isfinite(spec.seatPitch))
        return QStringLiteral("seatPitch: must be positive");
    if (!(spec.rowSpacing > 0) || !std::isfinite(spec.rowSpacing))
        return QStringLiteral("rowSpacing: must be positive");
    if (!(spec.curveRadius >= 0) || !std::isfinite(spec.curveRadius))
        return QStringLiteral("curveRadius: must be 0 (straight) or positive");
    if (!std::isfinite(spec.rotationDegrees) || !std::isfinite(spec.offsetX) || !std::isfinite(spec.offsetY))
        return QStringLiteral("rotation and offset: must be finite numbers");
    if (spec.aisleEvery < 0)
        return QStringLiteral("aisleEvery: must not be negative");
    if (!(spec.aisleWidth >= 0) || !std::isfinite(spec.aisleWidth))
        return QStringLiteral("aisleWidth: must not be negative");
    for (qsizetype i = 0; i < spec.aisleAfterSeats.size(); ++i) {
        const int after = spec.aisleAfterSeats.at(i);
        if (after < 1 || after >= spec.seatsPerRow)
            return QStringLiteral("aisleAfterSeats[%1]: %2 is not between two seats").arg(i).arg(after);
    }
    for (qsizetype i = 0; i < spec.rowCategories.size(); ++i) {
        const RowCategory &range = spec.rowCategories.at(i);
        if (range.firstRow < 0 || range.lastRow >= spec.rows || range.firstRow > range.lastRow)
            return QStringLiteral("rowCategories[%1]: rows %2 to %3 are not rows of the section")
                .arg(i)
                .arg(range.firstRow)
                .arg(range.lastRow);
    }
    for (qsizetype i = 0; i < spec.marks.size(); ++i) {
        if (const QString problem = refProblem(spec.marks.at(i).seat, spec); !problem.isEmpty())
            return QStringLiteral("marks[%1]: ").arg(i) + problem;
    }
    for (qsizetype i = 0; i < spec.holds.size(); ++i) {
        if (const QString problem = refProblem(spec.holds.at(i).seat, spec); !problem.isEmpty())
            return QStringLiteral("holds[%1]: ").arg(i) + problem;
    }
    return {};
}

/// The category of every row: the first RowCategory that covers it, else spec.category.
QList<QString> rowCategories(const SectionSpec &spec)
{
    QList<QString> categories(spec.rows, spec.category);
    for (int row = 0; row < spec.rows; ++row) {
        const auto covering =
            std::find_if(spec.rowCategories.cbegin(), spec.rowCategories.cend(),
                         [row](const RowCategory &r) { return r.firstRow <= row && row <= r.lastRow; });
        if (covering != spec.rowCategories.cend())
            categories[row] = covering->category;
    }
    return categories;
}

/// Distance of each place from the left end along the row, aisles included.
QList<double> placeOffsets(const SectionSpec &spec)
{
    QList<bool> gapAfter(spec.seatsPerRow, false);
    for (int place = 1; spec.aisleEvery > 0 && place < spec.seatsPerRow; ++place)
        gapAfter[place - 1] = place % spec.aisleEvery == 0;
    for (int after : spec.aisleAfterSeats)
        gapAfter[after - 1] = true;
    QList<double> offsets(spec.seatsPerRow);
    double u = 0;
    for (int place = 0; place < spec.seatsPerRow; ++place) {
        offsets[place] = u;
        u += spec.seatPitch + (gapAfter.at(place) ? spec.aisleWidth : 0);
    }
    return offsets;
}

} // namespace

QString LayoutGenerator::rowLabel(int index, RowLabelling labelling)
{
    if (labelling == RowLabelling::Numbers || index < 1)
        return QString::number(index);
    QString label;
    for (int n = index; n > 0; n = (n - 1) / int(kRowLetters.size()))
        label.prepend(kRowLetters.at((n - 1) % kRowLetters.size()));
    return label;
}

QList<int> LayoutGenerator::seatNumbers(int count, SeatNumbering numbering, int first)
{
    QList<int> numbers;
    if (count <= 0)
        return numbers;
    numbers.resize(count);
    switch (numbering) {
    case SeatNumbering::LeftToRight:
        for (int i = 0; i < count; ++i)
            numbers[i] = first + i;
        break;
    case SeatNumbering::RightToLeft:
        for (int i = 0; i < count; ++i)
            numbers[i] = first + count - 1 - i;
        break;
    case SeatNumbering::OddFromLeft:
    case SeatNumbering::OddFromRight:
    case SeatNumbering::EvenFromLeft:
    case SeatNumbering::EvenFromRight: {
        const bool odd = numbering == SeatNumbering::OddFromLeft || numbering == SeatNumbering::OddFromRight;
        const bool fromLeft =
            numbering == SeatNumbering::OddFromLeft || numbering == SeatNumbering::EvenFromLeft;
        const int start = (first % 2 != 0) == odd ? first : first + 1;
        for (int i = 0; i < count; ++i)
            numbers[fromLeft ? i : count - 1 - i] = start + 2 * i;
        break;
    }
    case SeatNumbering::OddLeftEvenRight:
    case SeatNumbering::EvenLeftOddRight: {
        const bool oddLeft = numbering == SeatNumbering::OddLeftEvenRight;
        const int oddCount = (count + 1) / 2;
        const int leftCount = oddLeft ? oddCount : count - oddCount;
        const int leftFirst = oddLeft ? first : first + 1;
        const int rightFirst = oddLeft ? first + 1 : first;
        for (int k = 0; k < leftCount; ++k)
            numbers[leftCount - 1 - k] = leftFirst + 2 * k;
        for (int k = 0; leftCount + k < count; ++k)
            numbers[leftCount + k] = rightFirst + 2 * k;
        break;
    }
    }
    return numbers;
}

Result<QList<LayoutSeat>> LayoutGenerator::generateSection(const SectionSpec &spec, LayoutProgress *progress)
{
    if (const QString problem = specProblem(spec); !problem.isEmpty())
        return specError(problem);

    const int count = spec.seatsPerRow;
    QList<QString> numbers;
    numbers.reserve(count);
    for (int n : seatNumbers(count, spec.numbering, spec.firstSeat))
        numbers.append(QString::number(n));
    const QList<double> offsets = placeOffsets(spec);
    const QList<QString> categories = rowCategories(spec);
    const double centre = offsets.constLast() / 2;
    const double angle = spec.rotationDegrees * std::numbers::pi / 180.0;
    const double cosA = std::cos(angle);
    const double sinA = std::sin(angle);

    QList<LayoutSeat> seats;
    seats.reserve(qsizetype(spec.rows) * count);
    for (int row = 0; row < spec.rows; ++row) {
        if (!reportProgress(progress, row, spec.rows))
            return LayoutProgress::cancelledError();
        const QString rowName = rowLabel(spec.firstRow + row, spec.rowLabelling);
        const double depth = row * spec.rowSpacing;
        const double radius = spec.curveRadius + depth;
        for (int place = 0; place < count; ++place) {
            double lx = offsets.at(place);
            double ly = depth;
            if (spec.curveRadius > 0) {
                const double theta = (lx - centre) / radius;
                lx = centre + radius * std::sin(theta);
                ly = radius * std::cos(theta) - spec.curveRadius;
            }
            LayoutSeat seat;
            seat.id = newUuid();
            seat.section = spec.section;
            seat.row = rowName;
            seat.number = numbers.at(place);
            seat.x = lx * cosA - ly * sinA + spec.offsetX;
            seat.y = lx * sinA + ly * cosA + spec.offsetY;
            seat.category = categories.at(row);
            seats.append(std::move(seat));
        }
    }
    for (const SeatMark &mark : spec.marks)
        seats[qsizetype(mark.seat.row) * count + resolvePlace(mark.seat.place, count)].flags |= mark.flags;
    for (const SeatHold &hold : spec.holds) {
        LayoutSeat &seat = seats[qsizetype(hold.seat.row) * count + resolvePlace(hold.seat.place, count)];
        seat.blocked = true;
        seat.blockReason = hold.reason;
    }
    if (progress)
        progress->finish();
    return seats;
}

Status LayoutGenerator::appendSection(VenueLayout &layout, const SectionSpec &spec)
{
    if (const QString problem = specProblem(spec); !problem.isEmpty())
        return specError(problem);
    for (const QString &category : rowCategories(spec)) {
        if (!layout.findCategory(category))
            return specError(QStringLiteral("category \"%1\" is not defined in the layout").arg(category));
    }
    const bool sectionExists = std::any_of(layout.seats.cbegin(), layout.seats.cend(),
                                           [&](const LayoutSeat &s) { return s.section == spec.section; });
    if (sectionExists)
        return specError(QStringLiteral("section \"%1\" already exists").arg(spec.section));

    Result<QList<LayoutSeat>> seats = generateSection(spec);
    if (!seats)
        return seats.error();
    const qsizetype needed = layout.seats.size() + seats->size();
    if (layout.seats.capacity() < needed)
        layout.seats.reserve(std::max(needed, layout.seats.capacity() * 2));
    for (LayoutSeat &seat : *seats)
        layout.seats.append(std::move(seat));
    return {};
}

} // namespace tessera
