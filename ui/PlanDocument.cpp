#include "PlanDocument.h"

#include "core/alloc/MethodRegistry.h"
#include "core/report/PlanBuild.h"
#include "report/DisplayNames.h"
#include "report/EngineText.h"

#include <QUndoCommand>
#include <QUndoStack>
#include <cmath>
#include <limits>

namespace kol {

// One edit as the states before and after it.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(PlanDocument* doc, PlanDocument::State before, PlanDocument::State after, const QString& text,
                    int mergeCell)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_cell(mergeCell)
    {
    }
    void undo() override { m_doc->apply(m_before); }
    void redo() override { m_doc->apply(m_after); }
    int id() const override { return m_cell >= 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const DocumentCommand*>(other);
        if (o->m_cell != m_cell) {
            return false;
        }
        m_after = o->m_after;
        return true;
    }

private:
    PlanDocument* m_doc;
    PlanDocument::State m_before, m_after;
    int m_cell;
};

PlanDocument::PlanDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &PlanDocument::changed);
}

PlanDocument::~PlanDocument()
{
    // Its commands point here; nobody is told about this last change.
    blockSignals(true);
    m_undo->blockSignals(true);
    m_undo->clear();
}

void PlanDocument::reset(State state, std::shared_ptr<const Market> market, MarketFactory factory)
{
    m_undo->clear();
    m_state = std::move(state);
    m_state.amounts.resize(static_cast<size_t>(m_state.scenario.matrix().cellCount()), 0.0);
    m_market = std::move(market);
    m_factory = std::move(factory);
    m_lastError.clear();
    ++m_revision;
    evaluate();
    Q_EMIT changed();
}

void PlanDocument::clear()
{
    reset(State{}, nullptr, nullptr);
}

bool PlanDocument::isModified() const
{
    return !m_undo->isClean();
}

void PlanDocument::markSaved()
{
    m_undo->setClean();
}

QStringList PlanDocument::issues(int cell) const
{
    QStringList out;
    if (cell < 0 || cell >= static_cast<int>(m_state.amounts.size())) {
        return out;
    }
    for (const std::string& s : cellIssues(m_state.scenario, m_state.amounts, m_state.scenario.budget, cell,
                                           m_market ? &m_cheapest : nullptr)) {
        out << engineText(s);
    }
    return out;
}

double PlanDocument::unspent(int cell) const
{
    if (cell < 0 || cell >= static_cast<int>(m_outcome.cells.size())
        || cell >= static_cast<int>(m_state.amounts.size())) {
        return 0;
    }
    const CellOutcome& c = m_outcome.cells[static_cast<size_t>(cell)];
    return std::max(0.0, m_state.amounts[static_cast<size_t>(cell)] - c.spend - c.rounding);
}

double PlanDocument::cheapestPrice(int cell) const
{
    return cell >= 0 && cell < static_cast<int>(m_cheapest.size()) ? m_cheapest[static_cast<size_t>(cell)]
                                                                   : std::numeric_limits<double>::infinity();
}

QString PlanDocument::refusal(int cell, double amount) const
{
    if (m_readOnly) {
        return tr("a run is under way for this scenario");
    }
    if (cell < 0 || cell >= static_cast<int>(m_state.amounts.size())) {
        return tr("there is no such cell");
    }
    if (!std::isfinite(amount) || amount < 0) {
        return tr("amounts are 0 or more");
    }
    const StrategyMatrix& m = m_state.scenario.matrix();
    const MatrixCell& c = m.cell(m.indexOf(cell));
    const QString name = QString::fromStdString(m.cellName(m.indexOf(cell)));
    if (c.locked && std::fabs(*c.locked - amount) > amountTolerance(m_state.scenario.budget)) {
        return tr("%1 is locked at %2; unlock it to change its amount").arg(name).arg(*c.locked, 0, 'f', 0);
    }
    if (!c.enabled && amount > 0) {
        return tr("%1 is disabled; enable it to give it an amount").arg(name);
    }
    return {};
}

bool PlanDocument::setAmount(int cell, double amount)
{
    if (const QString why = refusal(cell, amount); !why.isEmpty()) {
        m_lastError = why;
        return false;
    }
    if (m_state.amounts[static_cast<size_t>(cell)] == amount) {
        return true;
    }
    State after = m_state;
    after.amounts[static_cast<size_t>(cell)] = amount;
    after.method = QStringLiteral("manual");
    after.notes.clear();
    const QString name
        = QString::fromStdString(m_state.scenario.matrix().cellName(m_state.scenario.matrix().indexOf(cell)));
    return push(std::move(after), tr("Set %1").arg(name), cell);
}

bool PlanDocument::setAmounts(const std::vector<std::pair<int, double>>& edits, const QString& text)
{
    State after = m_state;
    for (const auto& [cell, amount] : edits) {
        if (const QString why = refusal(cell, amount); !why.isEmpty()) {
            m_lastError = why;
            return false;
        }
        after.amounts[static_cast<size_t>(cell)] = amount;
    }
    after.method = QStringLiteral("manual");
    after.notes.clear();
    return push(std::move(after), text);
}

bool PlanDocument::setCell(int cell, const MatrixCell& value, const QString& text)
{
    if (cell < 0 || cell >= m_state.scenario.matrix().cellCount()) {
        return false;
    }
    Scenario s = m_state.scenario;
    s.matrix().cell(s.matrix().indexOf(cell)) = value;
    return setScenario(s, text);
}

bool PlanDocument::setScenario(const Scenario& scenario, const QString& text)
{
    if (m_readOnly) {
        m_lastError = tr("a run is under way for this scenario");
        return false;
    }
    State after = m_state;
    const bool reshaped = !(scenario.matrix().channels() == m_state.scenario.matrix().channels()
                            && scenario.matrix().phases() == m_state.scenario.matrix().phases()
                            && scenario.matrix().tiers() == m_state.scenario.matrix().tiers());
    after.scenario = scenario;
    if (reshaped) {
        // Cells keep their amounts where their names survive.
        std::vector<double> amounts(static_cast<size_t>(scenario.matrix().cellCount()), 0.0);
        const StrategyMatrix& from = m_state.scenario.matrix();
        for (int i = 0; i < from.cellCount(); ++i) {
            const CellIndex c = from.indexOf(i);
            if (auto to = scenario.matrix().find(from.channels()[static_cast<size_t>(c.channel)],
                                                 from.phases()[static_cast<size_t>(c.phase)],
                                                 from.tiers()[static_cast<size_t>(c.tier)])) {
                amounts[static_cast<size_t>(scenario.matrix().flatIndex(*to))]
                    = m_state.amounts[static_cast<size_t>(i)];
            }
        }
        after.amounts = std::move(amounts);
    }
    return push(std::move(after), text);
}

void PlanDocument::applyPlan(const std::vector<double>& amounts, const QString& method,
                             const std::vector<std::string>& notes)
{
    State after = m_state;
    after.amounts = amounts;
    after.amounts.resize(m_state.amounts.size(), 0.0);
    after.method = method;
    after.notes = notes;
    push(std::move(after), tr("Allocate with %1").arg(methodLabel(method.toStdString())));
}

bool PlanDocument::push(State after, const QString& text, int mergeCell)
{
    const State before = m_state;
    if (!apply(after)) {
        return false; // nothing changed, nothing on the stack
    }
    // The stack's redo() re-applies `after`: cheap, the market is already current.
    m_undo->push(new DocumentCommand(this, before, std::move(after), text, mergeCell));
    return true;
}

bool PlanDocument::apply(const State& state)
{
    if (m_market && m_market->needsRebuild(state.scenario)) {
        if (!m_factory) {
            m_lastError = tr("the market cannot be rebuilt");
            return false;
        }
        auto built = m_factory(state.scenario);
        if (!built) {
            m_lastError = QString::fromStdString(built.error());
            return false;
        }
        m_market = built.take();
    } else if (m_market && !(m_market->scenario() == state.scenario)) {
        // A copy shares the curves; a worker may still be reading the old one.
        auto updated = std::make_shared<Market>(*m_market);
        updated->updateScenario(state.scenario);
        m_market = std::move(updated);
    }
    m_state = state;
    m_lastError.clear();
    ++m_revision;
    evaluate();
    Q_EMIT changed();
    return true;
}

void PlanDocument::evaluate()
{
    m_outcome = PlanOutcome{};
    m_templateEffect = 0;
    m_report.reset();
    if (!m_market || m_state.amounts.empty()) {
        m_cheapest.clear();
        return;
    }
    m_cheapest = cheapestPrices(*m_market);
    const PlanEvaluator evaluator(*m_market);
    m_outcome = evaluator.evaluate(m_state.amounts, m_state.scenario.budget);
    m_templateEffect = kol::templateEffect(*m_market, m_state.scenario.budget);
}

const PlanReport& PlanDocument::report() const
{
    if (!m_report) {
        m_report = PlanReport{};
        if (m_market && !m_state.amounts.empty()) {
            Allocation a;
            a.method = m_state.method.toStdString();
            a.budget = m_state.scenario.budget;
            a.amounts = m_state.amounts;
            a.outcome = m_outcome;
            a.notes = m_state.notes;
            m_report = buildPlanReport(*m_market, a, m_templateEffect);
        }
    }
    return *m_report;
}

} // namespace kol
