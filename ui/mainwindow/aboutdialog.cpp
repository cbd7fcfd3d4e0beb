#include "ui/mainwindow/aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tessera {

AboutDialog::AboutDialog(const QString &databaseText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tessera"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr("<h2>Tessera %1</h2>"
                     "<p>A desktop box office: sell seats from a live seat map, standing places by quantity, "
                     "and keep every sale safe in the database.</p>"
                     "<p>Database: %2</p>"
                     "<p>Built with Qt %3 and libqrencode.</p>")
                      .arg(QStringLiteral(TESSERA_VERSION), databaseText.toHtmlEscaped(),
                           QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

} // namespace tessera
