#include "ui/mainwindow/prompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace tessera {

void DialogPrompter::confirm(QWidget *parent, const QString &title, const QString &question,
                             const QString &acceptText, std::function<void()> onAccept)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, onAccept = std::move(onAccept)](int) {
        if (box->clickedButton() == accept)
            onAccept();
    });
    box->open();
}

} // namespace tessera
