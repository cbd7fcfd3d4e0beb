#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QToolButton;

namespace tessera {

/// A message strip above the seat map: errors from the box office ("Stalls, row B, seat 7 is
/// held by clerk@box-2.") and confirmations ("Sold 2 tickets."), shown in the window instead of
/// a modal box so that the clerk can keep working, and tests can read them. Stays until the next
/// message or until it is closed.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Info,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MessageBanner)

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void dismiss();

    QString text() const;
    /// The height of a message of one line: the room a window keeps free for it.
    int oneLineHeight() const;
    /// The room a window keeps free at the top of the area the banner floats over: a one-line
    /// message with its margins.
    int bandHeight() const { return kMargin + oneLineHeight() + kMargin / 2; }
    /// Floats the banner over the top of `area` (a sibling), inset by kMargin, as high as its
    /// text needs, and keeps it there as the area moves or resizes. The area keeps its size:
    /// nothing under the pointer moves when a message comes or goes. `keepFree(bandHeight())`
    /// is called whenever the banner is placed, for the area to keep that room free of content.
    /// A confirmation (not an error) goes once `clicks` is pressed: it has been read.
    void floatOver(QWidget *area, QWidget *clicks, std::function<void(int)> keepFree);
    static constexpr int kMargin = 8;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void messageShown(tessera::MessageBanner::Kind kind, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
    QPointer<QWidget> m_area;
    QPointer<QWidget> m_clicks;
    std::function<void(int)> m_keepFree;
};

} // namespace tessera
