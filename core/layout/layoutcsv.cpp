#include "core/layout/layoutcsv.h"

#include "core/common/ids.h"
#include "core/layout/layoutio_p.h"
#include "core/layout/layoutprogress.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <array>
#include <cmath>
#include <vector>

namespace tessera {

namespace {

/// Progress is reported (and cancellation checked) every kProgressEvery lines or seats. An
/// import's progress: decoding the text ends at kDecodedStep, reading the lines at kReadStep,
/// the final check at the end.
constexpr qsizetype kProgressEvery = 256;
constexpr int kDecodedStep = 100;
constexpr int kReadStep = 900;

enum Column {
    Section,
    Row,
    Number,
    Category,
    Price,
    X,
    Y,
    ColumnCount
};

constexpr std::array<const char *, ColumnCount> kColumnNames = {"section", "row", "number", "category",
                                                                "price",   "x",   "y"};

/// Splits RFC 4180 text into records. Line numbers count physical lines, so a record with a
/// line break inside quotes is reported at the line it starts on. Spaces around an unquoted
/// field are dropped; a quoted field is kept exactly (the export quotes names that start or
/// end with a space, so they come back unchanged).
class CsvReader
{
public:
    explicit CsvReader(QStringView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype line() const { return m_line; }
    /// Characters read so far.
    qsizetype position() const { return m_pos; }

    /// Reads the next record into `fields`; false with `error` set when it is malformed (the
    /// reader then skips to the next line).
    bool next(QList<QString> &fields, QString &error)
    {
        fields.resize(0);
        m_recordLine = m_line;
        while (true) {
            QString field;
            qsizetype quote = m_pos; // spaces before a quoted field are not part of it
            while (quote < m_text.size() && isBlank(m_text.at(quote)))
                ++quote;
            if (quote < m_text.size() && m_text.at(quote) == u'"') {
                m_pos = quote;
                if (!readQuoted(field, error))
                    return false;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)))
                    ++m_pos;
                field = m_text.mid(start, m_pos - start).trimmed().toString();
            }
            fields.append(std::move(field));
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',') {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

    qsizetype recordLine() const { return m_recordLine; }

private:
    static bool isDelimiter(QChar c) { return c == u',' || c == u'\n' || c == u'\r'; }
    static bool isBlank(QChar c) { return c == u' ' || c == u'\t'; }

    void skipLineEnd()
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
        ++m_line;
    }

    void skipRestOfLine()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos) != u'\r')
            ++m_pos;
        skipLineEnd();
    }

    bool readQuoted(QString &field, QString &error)
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"') {
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                    continue;
                }
                while (m_pos < m_text.size() && isBlank(m_text.at(m_pos)))
                    ++m_pos;
                if (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos))) {
                    error = QStringLiteral("text after the closing quote of a field");
                    skipRestOfLine();
                    return false;
                }
                return true;
            }
            if (c == u'\n')
                ++m_line;
            field += c;
        }
        error = QStringLiteral("a quoted field is not closed");
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 1;
};

/// Where each column sits in a line, from the header; empty problem list when all are there.
struct Header
{
    std::array<qsizetype, ColumnCount> index{};
    qsizetype fieldCount = 0;
};

QString lineText(qsizetype line, const QString &problem)
{
    return QStringLiteral("line %1: ").arg(line) + problem;
}

bool readHeader(const QList<QString> &fields, Header &header, QStringList &problems, QStringList &warnings)
{
    header.index.fill(-1);
    header.fieldCount = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        const auto known = std::find_if(kColumnNames.begin(), kColumnNames.end(), [&](const char *column) {
            return name == QLatin1StringView(column);
        });
        if (known == kColumnNames.end())
            warnings.append(QStringLiteral("line 1: column \"%1\" is ignored").arg(fields.at(i)));
        else if (header.index[std::size_t(known - kColumnNames.begin())] >= 0)
            problems.append(QStringLiteral("line 1: column \"%1\" appears twice").arg(name));
        else
            header.index[std::size_t(known - kColumnNames.begin())] = i;
    }
    for (std::size_t c = 0; c < ColumnCount; ++c) {
        if (header.index[c] < 0)
            problems.append(
                QStringLiteral("line 1: column \"%1\" is missing").arg(QLatin1StringView(kColumnNames[c])));
    }
    return problems.isEmpty();
}

bool isCents(QStringView text)
{
    return !text.isEmpty() && text.size() <= 15
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// A distinct (category name, price) pair of the file.
struct CategoryUse
{
    QString name;
    qint64 priceCents = 0;
};

/// Turns the pairs into PriceCategories, adding the price to a name that has several.
QList<PriceCategory> makeCategories(const std::vector<CategoryUse> &uses)
{
    QHash<QString, int> pricesPerName;
    for (const CategoryUse &use : uses)
        ++pricesPerName[use.name];
    QSet<QString> keys;
    QList<PriceCategory> categories;
    for (std::size_t i = 0; i < uses.size(); ++i) {
        const CategoryUse &use = uses[i];
        PriceCategory category;
        category.name = use.name;
        if (pricesPerName.value(use.name) > 1)
            category.name +=
                QStringLiteral(" (%1)").arg(QString::number(double(use.priceCents) / 100.0, 'f', 2));
        category.id = layoutio::categoryKey(category.name, keys);
        category.colour = layoutio::paletteColour(qsizetype(i));
        category.priceCents = use.priceCents;
        categories.append(category);
    }
    return categories;
}

/// Appends a field, quoted when RFC 4180 needs it (or when it has spaces at either end).
void appendField(QByteArray &out, const QString &field)
{
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
                       || field.contains(u'\r')
                       || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote) {
        out += field.toUtf8();
        return;
    }
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    out += '"';
    out += escaped.toUtf8();
    out += '"';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

Result<ImportReport> LayoutCsv::import(const QByteArray &csv, const QString &layoutName,
                                       LayoutProgress *progress)
{
    if (!reportProgress(progress, 0, 1))
        return LayoutProgress::cancelledError();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(csv);
    if (decoder.hasError())
        return Error{ErrorCode::InvalidInput, QStringLiteral("the file is not UTF-8 text")};
    if (!reportProgress(progress, kDecodedStep, LayoutProgress::kSteps))
        return LayoutProgress::cancelledError();

    CsvReader reader(text);
    QList<QString> fields;
    QString error;
    ImportReport report;
    report.layout.name = layoutName;
    QStringList headerProblems;
    Header header;
    if (reader.atEnd() || !reader.next(fields, error))
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("line 1: the header section,row,number,category,price,x,y is missing")};
    if (!readHeader(fields, header, headerProblems, report.warnings))
        return Error{ErrorCode::InvalidInput, headerProblems.join(u'\n')};

    layoutio::MessageList problems;
    std::vector<CategoryUse> uses;
    QHash<QString, QHash<qint64, int>> useIndex;
    std::vector<int> seatUse;
    QHash<QString, qsizetype> labels;
    std::vector<qsizetype> seatLines;
    QList<LayoutSeat> &seats = report.layout.seats;
    qsizetype records = 0;
    while (!reader.atEnd()) {
        if (++records % kProgressEvery == 0
            && !reportProgress(progress, reader.position(), text.size(), kDecodedStep, kReadStep))
            return LayoutProgress::cancelledError();
        if (!reader.next(fields, error)) {
            problems.add(lineText(reader.recordLine(), error));
            continue;
        }
        const qsizetype line = reader.recordLine();
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
            continue;
        if (fields.size() != header.fieldCount) {
            problems.add(lineText(
                line, QStringLiteral("%1 fields, expected %2").arg(fields.size()).arg(header.fieldCount)));
            continue;
        }
        auto field = [&](Column c) -> const QString & { return fields.at(header.index[c]); };
        const qsizetype before = problems.count();
        LayoutSeat seat;
        // Equal names share one string.
        seat.section = seats.isEmpty() || seats.constLast().section != field(Section)
                           ? field(Section)
                           : seats.constLast().section;
        seat.row =
            seats.isEmpty() || seats.constLast().row != field(Row) ? field(Row) : seats.constLast().row;
        seat.number = field(Number);
        if (seat.number.trimmed().isEmpty())
            problems.add(lineText(line, QStringLiteral("number is empty")));
        const QString &category = field(Category);
        if (category.trimmed().isEmpty())
            problems.add(lineText(line, QStringLiteral("category is empty")));
        const QString price = field(Price).trimmed();
        if (!isCents(price))
            problems.add(
                lineText(line, QStringLiteral("price \"%1\" is not a number of cents").arg(field(Price))));
        for (Column c : {X, Y}) {
            bool ok = false;
            const double value = field(c).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                problems.add(lineText(line, QStringLiteral("%1 \"%2\" is not a number")
                                                .arg(QLatin1StringView(kColumnNames[c]), field(c))));
            }
            (c == X ? seat.x : seat.y) = value;
        }
        if (problems.count() != before)
            continue;
        const QString label = seat.section + QChar(0x1f) + seat.row + QChar(0x1f) + seat.number;
        if (const auto other = labels.constFind(label); other != labels.cend()) {
            problems.add(lineText(line, QStringLiteral("%1 is also on line %2")
                                            .arg(seat.label())
                                            .arg(seatLines[std::size_t(*other)])));
            continue;
        }
        labels.insert(label, seats.size());
        seatLines.push_back(line);
        const qint64 cents = price.toLongLong();
        QHash<qint64, int> &prices = useIndex[category];
        auto use = prices.constFind(cents);
        if (use == prices.cend()) {
            use = prices.insert(cents, int(uses.size()));
            uses.push_back({category, cents});
        }
        seatUse.push_back(*use);
        seat.id = newUuid();
        seats.append(std::move(seat));
    }
    if (problems.count() > 0)
        return Error{ErrorCode::InvalidInput, problems.take(QStringLiteral("problems")).join(u'\n')};
    if (seats.isEmpty())
        report.warnings.append(QStringLiteral("the file has no seats"));

    report.layout.categories = makeCategories(uses);
    for (qsizetype i = 0; i < seats.size(); ++i)
        seats[i].category = report.layout.categories.at(seatUse[std::size_t(i)]).id;
    double right = 0;
    double bottom = 0;
    for (const LayoutSeat &seat : seats) {
        right = std::max(right, seat.x + 10);
        bottom = std::max(bottom, seat.y + 10);
    }
    report.layout.width = right;
    report.layout.height = bottom;
    if (!reportProgress(progress, 1, 1, kDecodedStep, kReadStep))
        return LayoutProgress::cancelledError();
    if (Status status = validateLayout(report.layout); !status)
        return status.error();
    if (progress)
        progress->finish();
    return report;
}

QByteArray LayoutCsv::exportLayout(const VenueLayout &layout, LayoutProgress *progress)
{
    QByteArray out;
    out.reserve(64 + layout.seats.size() * 48);
    out += "section,row,number,category,price,x,y\r\n";
    QHash<QString, std::pair<QString, QByteArray>> categories;
    for (const PriceCategory &category : layout.categories)
        categories.insert(category.id, {category.name, QByteArray::number(category.priceCents)});
    for (qsizetype i = 0; i < layout.seats.size(); ++i) {
        if (i % kProgressEvery == 0 && !reportProgress(progress, i, layout.seats.size()))
            return {};
        const LayoutSeat &seat = layout.seats.at(i);
        const auto category = categories.value(seat.category, {seat.category, QByteArrayLiteral("0")});
        appendField(out, seat.section);
        out += ',';
        appendField(out, seat.row);
        out += ',';
        appendField(out, seat.number);
        out += ',';
        appendField(out, category.first);
        out += ',';
        out += category.second;
        out += ',';
        out += number(seat.x);
        out += ',';
        out += number(seat.y);
        out += "\r\n";
    }
    if (progress)
        progress->finish();
    return out;
}

} // namespace tessera
