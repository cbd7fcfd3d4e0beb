// tessera-cli --server URL --token T: the commands that work on either box office.

#include "core/cli/clicontext_p.h"

#include <QCoreApplication>

namespace tessera::cli {

using namespace Qt::StringLiterals;

AnyBoxOffice::AnyBoxOffice(std::unique_ptr<LocalBoxOffice> local)
    : m_office(local.get())
    , m_local(std::move(local))
{}

Result<std::unique_ptr<AnyBoxOffice>> AnyBoxOffice::connect(const QUrl &server, const QString &token)
{
    std::unique_ptr<AnyBoxOffice> any(new AnyBoxOffice);
    RemoteBoxOffice::Options options;
    options.server = server;
    options.token = token;
    options.retryWindowMs = 10000;
    // The commands block on futures: the client runs its network on a thread of its own.
    any->m_thread = std::make_unique<QThread>();
    any->m_thread->setObjectName(u"tessera-cli remote"_s);
    any->m_remote = new RemoteBoxOffice(options);
    any->m_remote->moveToThread(any->m_thread.get());
    any->m_thread->start();
    any->m_office = any->m_remote;
    const Status connected = await(any->m_remote->connectToServer());
    if (!connected)
        return connected.error();
    return any;
}

AnyBoxOffice::~AnyBoxOffice()
{
    if (m_remote) {
        RemoteBoxOffice *remote = m_remote;
        QMetaObject::invokeMethod(
            remote,
            [remote] {
                delete remote;
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void AnyBoxOffice::shutdown()
{
    if (m_local)
        m_local->shutdown();
}

std::unique_ptr<AnyBoxOffice> Context::openAny(CliExit &exit) const
{
    if (server.isEmpty()) {
        std::unique_ptr<LocalBoxOffice> local = open(exit);
        return local ? std::make_unique<AnyBoxOffice>(std::move(local)) : nullptr;
    }
    Result<std::unique_ptr<AnyBoxOffice>> remote = AnyBoxOffice::connect(server, token);
    if (!remote) {
        exit = remote.errorCode() == ErrorCode::Unauthorized ? CliExit::Usage : exitFor(remote.error());
        fail(exit, QCoreApplication::translate("tessera::cli", "cannot connect to %1: %2")
                       .arg(server.toString(), remote.error().message));
        return nullptr;
    }
    return std::move(*remote);
}

} // namespace tessera::cli
