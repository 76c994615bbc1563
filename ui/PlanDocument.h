#pragma once

#include "core/base/Result.h"
#include "core/market/Market.h"
#include "core/market/PlanEvaluator.h"
#include "core/model/PlanReport.h"
#include "core/model/Scenario.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace kol {

// The scenario open in the window: its requirements and constraints and its working plan (one
// amount per cell), evaluated on every change by the same evaluator the CLI uses. Every edit is
// an undo step; repeated edits of one cell's amount merge into one.
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    struct State
    {
        Scenario scenario;
        std::vector<double> amounts;    // the matrix's flat order
        QString method;                 // what made the plan: a method's name, or manual
        std::vector<std::string> notes; // the allocation's notes (why money stays unspent)
    };
    // Builds the market for a scenario whose budget, weights, formats or axes changed.
    using MarketFactory = std::function<Result<std::shared_ptr<const Market>>(const Scenario&)>;

    explicit PlanDocument(QObject* parent = nullptr);
    ~PlanDocument() override;

    // Starts editing `state` with no undo history. `market` may be null (no performance model
    // yet): the plan is then shown without figures.
    void reset(State state, std::shared_ptr<const Market> market, MarketFactory factory);
    void clear();
    bool isEmpty() const { return m_state.amounts.empty(); }

    const State& state() const { return m_state; }
    const Scenario& scenario() const { return m_state.scenario; }
    const std::vector<double>& amounts() const { return m_state.amounts; }
    // The market the plan is valued on (its scenario is this document's), or null.
    std::shared_ptr<const Market> market() const { return m_market; }
    bool hasFigures() const { return m_market != nullptr; }
    const PlanOutcome& outcome() const { return m_outcome; }
    // What the template earns at the same budget (templateEffect() of MethodRegistry.h, the one
    // definition of uplift), 0 without a market.
    double templateEffect() const { return m_templateEffect; }
    // The plan on screen as the one plan value (KOLs, figures, notes), built when first asked
    // for after a change; empty without a market.
    const PlanReport& report() const;
    // Counts every change of the state (edits, undo, redo): a background run started on one
    // revision is not applied to another.
    quint64 revision() const { return m_revision; }
    // Why the last allocation left money unspent (shown with its plan; cleared by any edit).
    const std::vector<std::string>& notes() const { return m_state.notes; }
    // Why `cell` is marked, one reason per line; empty when it keeps every rule.
    QStringList issues(int cell) const;
    // What of the cell's amount buys nothing (currency units): the amount less what its KOLs cost
    // and the value grid's rounding of their prices; 0 without figures.
    double unspent(int cell) const;
    // The price of the cell's cheapest KOL (currency units); infinity where it has none or there
    // is no market.
    double cheapestPrice(int cell) const;

    QUndoStack* undoStack() const { return m_undo; }
    // While read-only (a run is under way on this state) every edit is refused.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;
    void markSaved();
    // The last error of a scenario change that could not be applied (e.g. no market for it).
    QString lastError() const { return m_lastError; }

    // Edits. Each returns false, changing nothing, when it is not valid (lastError() says why): an
    // amount that is negative or not finite, a locked cell set off its lock, a disabled cell given
    // money, any edit while read-only.
    bool setAmount(int cell, double amount);
    bool setAmounts(const std::vector<std::pair<int, double>>& edits, const QString& text);
    bool setCell(int cell, const MatrixCell& value, const QString& text);
    bool setScenario(const Scenario& scenario, const QString& text);
    void applyPlan(const std::vector<double>& amounts, const QString& method,
                   const std::vector<std::string>& notes = {});

Q_SIGNALS:
    void changed();

private:
    friend class DocumentCommand;
    bool push(State after, const QString& text, int mergeCell = -1);
    // Makes `state` current; false (nothing changed) when its market cannot be built.
    bool apply(const State& state);
    void evaluate();
    // Why `amount` cannot go into `cell`; empty when it can.
    QString refusal(int cell, double amount) const;

    State m_state;
    std::shared_ptr<const Market> m_market;
    MarketFactory m_factory;
    PlanOutcome m_outcome;
    double m_templateEffect = 0;
    std::vector<double> m_cheapest; // per cell, of the current market
    mutable std::optional<PlanReport> m_report;
    quint64 m_revision = 0;
    bool m_readOnly = false;
    QUndoStack* m_undo;
    QString m_lastError;
};

} // namespace kol
