#pragma once

// What a run of the real tessera-cli binary printed and returned, for the CLI tests.

#include <QProcess>
#include <QString>

namespace tessera::test {

struct CliRun
{
    int exitCode = -1; ///< -1: did not finish in time, -2: crashed
    QString out;
    QString err;
};

/// The result of a process that has finished (or has just been killed for taking too long).
inline CliRun cliRunOf(QProcess &process, bool finished)
{
    CliRun run;
    if (!finished) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tessera::test
