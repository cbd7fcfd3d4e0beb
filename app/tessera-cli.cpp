// tessera-cli: the scriptable box office. The commands live in core/cli.

#include "core/cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(
        QStringLiteral("tessera")); // same as the desktop: same default database
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tessera::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
