#pragma once

#include <QDialog>

namespace tessera {

/// Name, version, what Tessera is, the database in use, and the libraries it is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &databaseText, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)
};

} // namespace tessera
