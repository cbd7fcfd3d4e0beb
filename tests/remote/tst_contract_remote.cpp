#include "core/remote/remoteboxoffice.h"
#include "tests/server/serverfixture.h"
#include "tests/support/boxofficecontract.h"

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// The BoxOffice contract on RemoteBoxOffice: two clients (the admin and a clerk) of a real
/// tessera server on a loopback port, over HTTP and the WebSocket push stream.
class TestContractRemote final : public BoxOfficeContract
{
    Q_OBJECT

protected:
    bool openOffices() override
    {
        if (!m_server.start())
            return false;
        m_office = connectAs(u"admin"_s, u"admin-secret"_s);
        m_other = connectAs(u"clerk"_s, u"clerk-secret"_s);
        return m_office && m_other;
    }
    void closeOffices() override
    {
        m_office.reset();
        m_other.reset();
    }
    BoxOffice &office() override { return *m_office; }
    BoxOffice &other() override { return *m_other; }
    QString holder() const override { return u"clerk@box-1"_s; }
    QString otherHolder() const override { return u"clerk@box-2"_s; }

private:
    std::unique_ptr<RemoteBoxOffice> connectAs(const QString &user, const QString &password)
    {
        RemoteBoxOffice::Options options;
        options.server = m_server.url({});
        options.username = user;
        options.password = password;
        auto office = std::make_unique<RemoteBoxOffice>(options);
        const Status connected = settle(office->connectToServer());
        if (!connected) {
            qWarning() << connected.error().message;
            return nullptr;
        }
        return office;
    }

    ServerFixture m_server;
    std::unique_ptr<RemoteBoxOffice> m_office;
    std::unique_ptr<RemoteBoxOffice> m_other;
};

QTEST_GUILESS_MAIN(TestContractRemote)
#include "tst_contract_remote.moc"
