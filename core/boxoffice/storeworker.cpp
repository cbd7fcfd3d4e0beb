#include "core/boxoffice/storeworker.h"

#include <QCoreApplication>

namespace tessera {

StoreWorker::StoreWorker()
{
    m_thread.setObjectName(QStringLiteral("tessera-store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    // Close the connection on the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Status StoreWorker::open(const DatabaseUrl &url)
{
    Status status;
    QMetaObject::invokeMethod(
        m_context,
        [this, &url, &status] {
            Result<std::unique_ptr<Store>> opened = Store::open(url);
            if (opened)
                m_store = std::move(opened.value());
            else
                status = opened.error();
        },
        Qt::BlockingQueuedConnection);
    return status;
}

void StoreWorker::post(std::function<void(Store *)> job)
{
    QMetaObject::invokeMethod(
        m_context, [this, job = std::move(job)] { job(m_store.get()); }, Qt::QueuedConnection);
}

QString StoreWorker::noStoreMessage()
{
    return QCoreApplication::translate("tessera::StoreWorker", "The database is not open.");
}

} // namespace tessera
