#include "core/boxoffice/localboxoffice.h"
#include "tests/support/boxofficecontract.h"

#include <QTemporaryDir>

using namespace tessera;
using namespace tessera::test;
using namespace Qt::StringLiterals;

/// The BoxOffice contract on the embedded engine (a SQLite file). Both terminals share the
/// office and differ by holder name.
class TestContractLocal final : public BoxOfficeContract
{
    Q_OBJECT

protected:
    bool openOffices() override
    {
        LocalBoxOffice::Options options;
        options.url = *DatabaseUrl::parse(u"sqlite://"_s + m_dir.filePath(u"contract.db"_s));
        options.units = 2;
        Result<std::unique_ptr<LocalBoxOffice>> opened = LocalBoxOffice::open(options);
        if (!opened)
            return false;
        m_office = std::move(opened.value());
        return true;
    }
    void closeOffices() override
    {
        if (m_office)
            m_office->shutdown();
        m_office.reset();
    }
    BoxOffice &office() override { return *m_office; }
    BoxOffice &other() override { return *m_office; }
    QString holder() const override { return u"clerk@box-1"_s; }
    QString otherHolder() const override { return u"clerk@box-2"_s; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalBoxOffice> m_office;
};

QTEST_GUILESS_MAIN(TestContractLocal)
#include "tst_contract_local.moc"
