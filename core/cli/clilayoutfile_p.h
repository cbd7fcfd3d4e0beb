#pragma once

#include "core/common/result.h"
#include "core/layout/importreport.h"

namespace tessera::cli {

/// Reads a seating plan: pretix JSON or seat CSV, chosen by the extension (.json, .csv) or, for
/// other names, by the content (a JSON object starts with '{').
Result<ImportReport> readLayoutFile(const QString &path);
/// Writes a layout as pretix JSON (.json) or seat CSV (.csv); other extensions are refused.
Status writeLayoutFile(const QString &path, const VenueLayout &layout);

} // namespace tessera::cli
