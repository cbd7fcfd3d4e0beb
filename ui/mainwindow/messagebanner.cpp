#include "ui/mainwindow/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace tessera {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    const bool error = kind == Kind::Error;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(iconSize, iconSize));
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xe3, 0xf2, 0xfd));
    p.setColor(QPalette::WindowText, error ? QColor(0x8a, 0x1c, 0x1c) : QColor(0x0d, 0x3c, 0x61));
    setPalette(p);
    show();
    Q_EMIT messageShown(kind, text);
}

void MessageBanner::dismiss()
{
    m_label->clear();
    hide();
}

int MessageBanner::oneLineHeight() const
{
    const QMargins margins = layout()->contentsMargins();
    const int line = std::max({m_label->fontMetrics().height(),
                               style()->pixelMetric(QStyle::PM_SmallIconSize), m_close->sizeHint().height()});
    return margins.top() + margins.bottom() + line + 2 * frameWidth();
}

void MessageBanner::floatOver(QWidget *area, QWidget *clicks, std::function<void(int)> keepFree)
{
    m_area = area;
    m_clicks = clicks;
    m_keepFree = std::move(keepFree);
    area->installEventFilter(this);
    clicks->installEventFilter(this);
    installEventFilter(this);
    place();
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_clicks && type == QEvent::MouseButtonPress && isVisible() && m_kind == Kind::Info)
        dismiss();
    if ((watched == m_area && (type == QEvent::Resize || type == QEvent::Move))
        || (watched == this && (type == QEvent::Show || type == QEvent::LayoutRequest)))
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::place()
{
    if (!m_area)
        return;
    if (m_keepFree)
        m_keepFree(bandHeight());
    const QRect area = m_area->geometry();
    const int width = std::max(0, area.width() - 2 * kMargin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.x() + kMargin, area.y() + kMargin, width, std::max(height, minimumSizeHint().height()));
    raise();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace tessera
