#pragma once

// Closing the windows opened from the menus (Events, Waiting room, Simulation): a Close button,
// the platform's Close key (Ctrl+W, as in the layout editor) and Esc, as in a dialog.

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

namespace tessera {

/// Gives `window` the Close key and Esc (which first clears a line edit being typed in), and
/// returns a Close button for it.
inline QPushButton *makeWindowClosable(QWidget *window)
{
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeWindowAction"));
    close->setShortcuts(QKeySequence::Close); // Ctrl+W and Ctrl+F4
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
    // Esc first clears a search or field being typed in, as in the main window; then closes.
    auto *escape = new QAction(window);
    escape->setObjectName(QStringLiteral("escapeWindowAction"));
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(escape, &QAction::triggered, window, [window] {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (edit && window->isAncestorOf(edit) && !edit->isReadOnly() && !edit->text().isEmpty()) {
            edit->clear();
            return;
        }
        window->close();
    });
    window->addAction(escape);

    auto *button = new QPushButton(QCoreApplication::translate("tessera::Windows", "Close"), window);
    button->setObjectName(QStringLiteral("closeButton"));
    button->setToolTip(QCoreApplication::translate("tessera::Windows", "Close this window (%1 or Esc)")
                           .arg(QKeySequence(QStringLiteral("Ctrl+W")).toString(QKeySequence::NativeText)));
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, window, &QWidget::close);
    return button;
}

} // namespace tessera
