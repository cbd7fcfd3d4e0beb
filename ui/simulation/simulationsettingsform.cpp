#include "ui/simulation/simulationsettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace tessera {

namespace {

constexpr int kDefaultUnits = 8;
/// Think time varies between half and one and a half times the setting: 50 ms gives the classic
/// demo's pauses of about 0 to 100 ms.
constexpr int kDefaultThinkMs = 50;
constexpr int kDefaultSeconds = 30;

} // namespace

SimulationSettingsForm::SimulationSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);

    m_units = new QSpinBox(this);
    m_units->setObjectName(u"unitsBox"_s);
    m_units->setRange(1, SimulationConfig::kMaxUnits);
    m_units->setValue(kDefaultUnits);
    m_units->setToolTip(tr("Processing units racing for the seats, each on a thread of its own (1 to %1)")
                            .arg(SimulationConfig::kMaxUnits));
    form->addRow(tr("&Units"), m_units);

    auto *mix = new QWidget(this);
    auto *mixGrid = new QGridLayout(mix);
    mixGrid->setContentsMargins(0, 0, 0, 0);
    mixGrid->setHorizontalSpacing(6);
    mixGrid->setVerticalSpacing(2);
    const OperationMix defaults;
    m_hold = shareBox(defaults.hold, tr("Share of operations that hold a random seat"));
    m_sell = shareBox(defaults.sell, tr("Share of operations that sell one of the unit's holds"));
    m_release = shareBox(defaults.release, tr("Share of operations that release one of the unit's holds"));
    m_cancel = shareBox(defaults.cancel, tr("Share of operations that cancel one of the unit's sales"));
    m_hold->setObjectName(u"holdShare"_s);
    m_sell->setObjectName(u"sellShare"_s);
    m_release->setObjectName(u"releaseShare"_s);
    m_cancel->setObjectName(u"cancelShare"_s);
    const QString captions[] = {tr("hold"), tr("sell"), tr("release"), tr("cancel")};
    QSpinBox *boxes[] = {m_hold, m_sell, m_release, m_cancel};
    for (int i = 0; i < 4; ++i) {
        auto *caption = new QLabel(captions[i], mix);
        caption->setAlignment(Qt::AlignCenter);
        caption->setStyleSheet(u"color: #6b7079; font-size: small;"_s);
        mixGrid->addWidget(boxes[i], 0, i);
        mixGrid->addWidget(caption, 1, i);
    }
    form->addRow(tr("&Mix"), mix);
    m_mixText = new QLabel(this);
    m_mixText->setObjectName(u"mixText"_s);
    m_mixText->setStyleSheet(u"color: #6b7079;"_s);
    m_mixText->setWordWrap(true);
    form->addRow(QString(), m_mixText);

    auto *think = new QWidget(this);
    auto *thinkRow = new QHBoxLayout(think);
    thinkRow->setContentsMargins(0, 0, 0, 0);
    m_thinkSlider = new QSlider(Qt::Horizontal, think);
    m_thinkSlider->setRange(0, SimulationConfig::kMaxThinkMs);
    m_thinkSlider->setPageStep(10);
    m_think = new QSpinBox(think);
    m_think->setObjectName(u"thinkBox"_s);
    m_think->setRange(0, SimulationConfig::kMaxThinkMs);
    m_think->setSuffix(tr(" ms"));
    m_think->setSpecialValueText(tr("turbo"));
    m_think->setValue(kDefaultThinkMs);
    m_thinkSlider->setValue(kDefaultThinkMs);
    const QString thinkTip = tr("Pause after each operation: between half and one and a half times this. "
                                "0 is turbo: no pause, operations sent to the space in batches.");
    m_think->setToolTip(thinkTip);
    m_thinkSlider->setToolTip(thinkTip);
    thinkRow->addWidget(m_thinkSlider, 1);
    thinkRow->addWidget(m_think);
    connect(m_thinkSlider, &QSlider::valueChanged, m_think, &QSpinBox::setValue);
    connect(m_think, &QSpinBox::valueChanged, m_thinkSlider, &QSlider::setValue);
    form->addRow(tr("&Think time"), think);

    m_arrival = new QComboBox(this);
    m_arrival->setObjectName(u"arrivalBox"_s);
    m_arrival->addItem(tr("Steady"), QVariant::fromValue(static_cast<int>(ArrivalCurve::Steady)));
    m_arrival->addItem(tr("On-sale spike"), QVariant::fromValue(static_cast<int>(ArrivalCurve::OnSaleSpike)));
    m_arrival->setToolTip(tr("Steady: every unit works all the time. On-sale spike: a trickle, then "
                             "every unit at once when sales open, then a slowing tail."));
    form->addRow(tr("&Arrival"), m_arrival);

    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"durationBox"_s);
    m_duration->setRange(0, 3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_duration->setValue(kDefaultSeconds);
    m_duration->setToolTip(tr("Length of the run, pauses not counted; 0 runs until you stop it"));
    form->addRow(tr("&Duration"), m_duration);

    m_databasePace = new QCheckBox(tr("&Keep pace with the database"), this);
    m_databasePace->setObjectName(u"databasePace"_s);
    m_databasePace->setChecked(true);
    m_databasePace->setToolTip(tr("Units wait while more than %1 changes wait for the data pump. "
                                  "Off, the engine runs at its own speed and the pump catches up after the "
                                  "run (the database check then waits for it).")
                                   .arg(SimulationConfig().maxPumpBacklog));
    form->addRow(QString(), m_databasePace);

    const SimulationConfig runDefaults;
    m_customers = new QSpinBox(this);
    m_customers->setObjectName(u"customersBox"_s);
    m_customers->setRange(1, 100'000);
    m_customers->setSuffix(tr(" /s"));
    m_customers->setValue(runDefaults.customersPerSecond);
    m_customers->setToolTip(tr("Events with a waiting room: simulated customers joining the queue per "
                               "second at the height of the arrival curve"));
    form->addRow(tr("&Queue arrivals"), m_customers);
    m_admit = new QSpinBox(this);
    m_admit->setObjectName(u"admitBox"_s);
    m_admit->setRange(1, 100'000);
    m_admit->setSuffix(tr(" /s"));
    m_admit->setValue(runDefaults.admitPerSecond);
    m_admit->setToolTip(tr("Events with a waiting room that has no admission rate of its own: customers "
                           "the run admits per second (admit next N). A room with a rate admits at "
                           "that rate."));
    form->addRow(tr("Adm&it"), m_admit);

    for (QSpinBox *box :
         {m_units, m_hold, m_sell, m_release, m_cancel, m_think, m_duration, m_customers, m_admit})
        connect(box, &QSpinBox::valueChanged, this, &SimulationSettingsForm::changed);
    connect(m_arrival, &QComboBox::currentIndexChanged, this, &SimulationSettingsForm::changed);
    connect(m_databasePace, &QCheckBox::toggled, this, &SimulationSettingsForm::changed);
    connect(this, &SimulationSettingsForm::changed, this, &SimulationSettingsForm::updateMixText);
    updateMixText();
}

QSpinBox *SimulationSettingsForm::shareBox(int value, const QString &tip)
{
    auto *box = new QSpinBox(this);
    box->setRange(0, 100);
    box->setValue(value);
    box->setToolTip(tip);
    box->setAlignment(Qt::AlignRight);
    return box;
}

void SimulationSettingsForm::updateMixText()
{
    const OperationMix mix = config().mix;
    if (mix.total() <= 0) {
        m_mixText->setText(tr("Give at least one operation a share."));
        m_mixText->setStyleSheet(u"color: #b3261e;"_s);
        return;
    }
    const auto percent = [&mix](int share) { return qRound(100.0 * share / mix.total()); };
    m_mixText->setStyleSheet(u"color: #6b7079;"_s);
    m_mixText->setText(tr("%1% hold · %2% sell · %3% release · %4% cancel")
                           .arg(percent(mix.hold))
                           .arg(percent(mix.sell))
                           .arg(percent(mix.release))
                           .arg(percent(mix.cancel)));
}

SimulationConfig SimulationSettingsForm::config() const
{
    SimulationConfig config;
    config.units = m_units->value();
    config.mix = {m_hold->value(), m_sell->value(), m_release->value(), m_cancel->value()};
    config.thinkMs = m_think->value();
    config.arrival = static_cast<ArrivalCurve>(m_arrival->currentData().toInt());
    config.durationMs = qint64(m_duration->value()) * 1000;
    if (!m_databasePace->isChecked())
        config.maxPumpBacklog = kFreeRunningBacklog;
    config.customersPerSecond = m_customers->value();
    config.admitPerSecond = m_admit->value();
    return config;
}

void SimulationSettingsForm::setConfig(const SimulationConfig &config)
{
    m_units->setValue(config.units);
    m_hold->setValue(config.mix.hold);
    m_sell->setValue(config.mix.sell);
    m_release->setValue(config.mix.release);
    m_cancel->setValue(config.mix.cancel);
    m_think->setValue(config.thinkMs);
    m_arrival->setCurrentIndex(config.arrival == ArrivalCurve::Steady ? 0 : 1);
    m_duration->setValue(static_cast<int>(config.durationMs / 1000));
    m_databasePace->setChecked(config.maxPumpBacklog <= SimulationConfig().maxPumpBacklog);
    m_customers->setValue(config.customersPerSecond);
    m_admit->setValue(config.admitPerSecond);
}

} // namespace tessera
