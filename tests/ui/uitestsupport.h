#pragma once

// Helpers shared by the widget tests.

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
