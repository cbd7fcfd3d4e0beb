#include "ui/mainwindow/prompter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace tessera {

void DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question,
                             const QString &acceptText, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    // Not "Cancel": next to "Cancel tickets" it would read as the opposite of what it does.
    QPushButton *back =
        box->addButton(QCoreApplication::translate("tessera::Prompter", "Go back"), QMessageBox::RejectRole);
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, onAccept = std::move(onAccept)](int) {
        if (box->clickedButton() == accept)
            onAccept();
    });
    box->open();
}

} // namespace tessera
