#pragma once

// Internal to core/layout: what the pretix and CSV importers share.

#include <QSet>
#include <QString>

namespace tessera::layoutio {

/// A free PriceCategory key for a category called `name`: its letters, digits, '_' and '-'
/// (other runs become '-'), at most 32 characters, "category" when nothing is left, with "-2",
/// "-3"... appended when taken. Adds the key to `taken`.
QString categoryKey(QStringView name, QSet<QString> &taken);

/// A distinct, readable "#rrggbb" colour for the index-th category (cycling through a palette).
QString paletteColour(qsizetype index);

/// Keeps at most kMaxListed messages of one kind and counts the rest, so a file with an extra
/// key on each of 100,000 seats gives a readable report.
class MessageList
{
public:
    static constexpr qsizetype kMaxListed = 50;

    void add(const QString &message);
    /// The messages, plus one line "... and N more" when some were left out.
    QStringList take(const QString &moreText);
    qsizetype count() const { return m_listed.size() + m_more; }

private:
    QStringList m_listed;
    qsizetype m_more = 0;
};

} // namespace tessera::layoutio
