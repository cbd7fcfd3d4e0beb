#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tessera {

/// Asks the clerk to confirm something that cannot be undone (cancel an order, refund tickets).
/// The seam for modal questions: the application uses DialogPrompter; tests install their own
/// so that they never block on a dialog.
class Prompter
{
public:
    virtual ~Prompter() = default;
    /// Asks `question`; calls onAccept later (never before returning) when the clerk agrees.
    virtual void confirm(QWidget *parent, const QString &title, const QString &question,
                         const QString &acceptText, std::function<void()> onAccept) = 0;
};

/// Asks with a window-modal QMessageBox opened with open(): no nested event loop.
class DialogPrompter final : public Prompter
{
public:
    void confirm(QWidget *parent, const QString &title, const QString &question, const QString &acceptText,
                 std::function<void()> onAccept) override;
};

} // namespace tessera
