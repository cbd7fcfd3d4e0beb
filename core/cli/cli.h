#pragma once

#include <QStringList>
#include <QTextStream>

namespace tessera {

/// Exit codes of tessera-cli.
enum class CliExit : int {
    Done = 0,        ///< everything asked for was done
    Refused = 1,     ///< some operations were refused (seat taken, not booked, ...)
    Usage = 2,       ///< usage or input error; nothing was changed
    Unreachable = 3, ///< the database cannot be reached
};

/// The scriptable box office: `tessera-cli [--database URL] COMMAND ...` with the commands
/// events list|create, booking, layout import|export and simulate. Works on the local database
/// through a LocalBoxOffice. `arguments` includes the program name first; results go to `out`,
/// messages for people to `err`. Returns the exit code.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tessera
