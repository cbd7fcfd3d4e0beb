#pragma once

// Opening a box office in a test, on a database the test made.

#include "core/boxoffice/localboxoffice.h"

#include <QDebug>

#include <memory>

namespace tessera::test {

/// A LocalBoxOffice with `units` processing units on `url`, or nullptr (the reason logged).
inline std::unique_ptr<LocalBoxOffice> openOffice(const DatabaseUrl &url, int units = 2)
{
    LocalBoxOffice::Options options;
    options.url = url;
    options.units = units;
    auto office = LocalBoxOffice::open(options);
    if (!office) {
        qWarning() << office.error().message;
        return nullptr;
    }
    return std::move(office.value());
}

} // namespace tessera::test
