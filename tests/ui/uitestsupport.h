#pragma once

// Helpers shared by the widget tests.

#include "core/boxoffice/localboxoffice.h"
#include "ui/mainwindow/prompter.h"

#include <QDir>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace tessera::test {

/// Where tests write screenshots for people to look at (TESSERA_TEST_OUTPUT, created on
/// demand); empty when unset.
inline QString outputDir()
{
    const QString dir = qEnvironmentVariable("TESSERA_TEST_OUTPUT");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

/// A box office (two units) on the SQLite file `path`; nullptr, with a warning, when it cannot
/// open.
inline std::unique_ptr<LocalBoxOffice> officeOnFile(const QString &path)
{
    LocalBoxOffice::Options options;
    options.url = *DatabaseUrl::parse(QStringLiteral("sqlite://") + path);
    options.units = 2;
    auto office = LocalBoxOffice::open(options);
    if (!office) {
        qWarning("%s", qPrintable(office.error().message));
        return nullptr;
    }
    return std::move(office.value());
}

/// Answers every question later, as a person clicking the accept button would, and records the
/// questions; with `accept` false it declines.
class AcceptingPrompter final : public Prompter
{
public:
    void confirm(QWidget *, const QString &, const QString &question, const QString &acceptText,
                 std::function<void()> onAccept) override
    {
        questions << question;
        acceptTexts << acceptText;
        if (accept)
            QTimer::singleShot(0, [onAccept = std::move(onAccept)] { onAccept(); });
    }
    QStringList questions;
    QStringList acceptTexts;
    bool accept = true;
};

} // namespace tessera::test
