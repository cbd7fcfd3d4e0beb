#include "core/layout/importreport.h"
#include "core/layout/layoutio_p.h"

#include <QHash>

#include <array>

namespace tessera::layoutio {

namespace {

constexpr qsizetype kMaxKeyLength = 32;

bool isKeyCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
           || c == u'-';
}

} // namespace

QString categoryKey(QStringView name, QSet<QString> &taken)
{
    QString base;
    for (QChar c : name) {
        if (isKeyCharacter(c))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("category");
    base.truncate(kMaxKeyLength);
    QString key = base;
    for (int n = 2; taken.contains(key); ++n) {
        const QString suffix = u'-' + QString::number(n);
        key = base.left(kMaxKeyLength - suffix.size()) + suffix;
    }
    taken.insert(key);
    return key;
}

QString paletteColour(qsizetype index)
{
    static constexpr std::array<const char *, 12> palette = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                             "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                                             "#9c755f", "#86bcb6", "#d37295", "#8cd17d"};
    return QLatin1StringView(palette[std::size_t(index) % palette.size()]);
}

void MessageList::add(const QString &message)
{
    if (m_listed.size() < kMaxListed)
        m_listed.append(message);
    else
        ++m_more;
}

QStringList MessageList::take(const QString &moreText)
{
    QStringList messages = std::move(m_listed);
    if (m_more > 0)
        messages.append(QStringLiteral("... and %1 more ").arg(m_more) + moreText);
    m_listed.clear();
    m_more = 0;
    return messages;
}

} // namespace tessera::layoutio

namespace tessera {

QStringList keepFromCurrent(const VenueLayout &current, VenueLayout &imported)
{
    const auto place = [](const LayoutSeat &seat) -> QString {
        return seat.section + QChar(0x1f) + seat.row + QChar(0x1f) + seat.number;
    };
    QHash<QString, const LayoutSeat *> byPlace;
    byPlace.reserve(current.seats.size());
    for (const LayoutSeat &seat : current.seats)
        byPlace.insert(place(seat), &seat);
    qsizetype blocks = 0;
    qsizetype flags = 0;
    for (LayoutSeat &seat : imported.seats) {
        const LayoutSeat *before = byPlace.value(place(seat));
        if (!before)
            continue;
        if (before->blocked && !seat.blocked) {
            seat.blocked = true;
            seat.blockReason = before->blockReason;
            ++blocks;
        }
        if (!seat.flags && before->flags) {
            seat.flags = before->flags;
            ++flags;
        }
    }
    qsizetype prices = 0;
    for (PriceCategory &category : imported.categories) {
        if (category.priceCents != 0)
            continue;
        for (const PriceCategory &before : current.categories) {
            if (before.name == category.name && before.priceCents > 0) {
                category.priceCents = before.priceCents;
                ++prices;
                break;
            }
        }
    }
    QStringList kept;
    if (blocks > 0)
        kept << QStringLiteral("kept %1 blocked seat(s) blocked").arg(blocks);
    if (flags > 0)
        kept << QStringLiteral("kept the accessibility marks of %1 seat(s)").arg(flags);
    if (prices > 0)
        kept << QStringLiteral("kept the price of %1 categor%2")
                    .arg(prices)
                    .arg(prices == 1 ? u"y"_qs : u"ies"_qs);
    return kept;
}

} // namespace tessera
