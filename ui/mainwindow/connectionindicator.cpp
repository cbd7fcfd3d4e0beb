#include "ui/mainwindow/connectionindicator.h"

using namespace Qt::StringLiterals;

namespace tessera {

ConnectionIndicator::ConnectionIndicator(RemoteBoxOffice &office, QWidget *parent)
    : QLabel(parent)
    , m_office(office)
{
    setObjectName(u"connectionIndicator"_s);
    setTextFormat(Qt::RichText);
    connect(&office, &RemoteBoxOffice::connectionStateChanged, this, &ConnectionIndicator::display);
    display(office.connectionState(), {});
}

void ConnectionIndicator::display(ConnectionState state, const QString &message)
{
    m_state = state;
    const QUrl url = m_office.serverUrl();
    const QString server = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    QString colour;
    QString text;
    switch (state) {
    case ConnectionState::Connecting:
        colour = u"#7f8c8d"_s;
        text = tr("Connecting to %1…").arg(server);
        break;
    case ConnectionState::Connected:
        colour = u"#27ae60"_s;
        text = tr("Connected to %1").arg(server);
        break;
    case ConnectionState::Reconnecting:
        colour = u"#e67e22"_s;
        text = tr("Reconnecting to %1…").arg(server);
        break;
    case ConnectionState::Offline:
        colour = u"#c0392b"_s;
        text = tr("Offline");
        break;
    }
    setText(u"<span style='color:%1'>&#9679;</span> %2"_s.arg(colour, text.toHtmlEscaped()));
    setToolTip(message.isEmpty() ? text : message);
}

} // namespace tessera
