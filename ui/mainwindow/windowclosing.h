#pragma once

// Closing the windows opened from the menus (Events, Waiting room, Simulation): a Close button,
// the platform's Close key (Ctrl+W, as in the layout editor) and Esc, as in a dialog.

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QPushButton>
#include <QWidget>

namespace tessera {

/// Gives `window` the Close key and Esc, and returns a Close button for its bottom row.
inline QPushButton *makeWindowClosable(QWidget *window)
{
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeWindowAction"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close); // Ctrl+W and Ctrl+F4
    keys.append(QKeySequence(Qt::Key_Escape));
    close->setShortcuts(keys);
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);

    auto *button = new QPushButton(QCoreApplication::translate("tessera::Windows", "Close"), window);
    button->setObjectName(QStringLiteral("closeButton"));
    button->setToolTip(QCoreApplication::translate("tessera::Windows", "Close this window (%1 or Esc)")
                           .arg(QKeySequence(QStringLiteral("Ctrl+W")).toString(QKeySequence::NativeText)));
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, window, &QWidget::close);
    return button;
}

} // namespace tessera
