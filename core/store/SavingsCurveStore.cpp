#include "SavingsCurveStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "ScenarioStore.h"
#include "base/Text.h"

#include <cmath>
#include <map>

namespace kol {

namespace {
// Budgets, effects and spends are finite and at most this (currency units or score units).
constexpr double kMaxFigure = 1e15;

bool finite(double v)
{
    return std::isfinite(v) && std::fabs(v) <= kMaxFigure;
}

bool finite(const std::optional<double>& v)
{
    return !v || finite(*v);
}

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines) {
        out += (out.empty() ? "" : "\n") + l;
    }
    return out;
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> out;
    size_t at = 0;
    while (!text.empty() && at <= text.size()) {
        const size_t end = text.find('\n', at);
        out.push_back(text.substr(at, end == std::string::npos ? std::string::npos : end - at));
        if (end == std::string::npos) {
            break;
        }
        at = end + 1;
    }
    return out;
}
} // namespace

Status SavingsCurveStore::save(const SavingsCurves& c, const std::string& basis)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    for (const SavingsCurve& curve : c.curves) {
        bool ok = finite(curve.effectAtBudget) && finite(curve.uplift) && finite(curve.savings)
            && finite(curve.savingBudget) && finite(c.budget) && finite(c.templateEffect);
        for (const CurvePoint& p : curve.points) {
            ok = ok && finite(p.budget) && finite(p.effect) && finite(p.effectLow) && finite(p.effectHigh)
                && finite(p.spend);
        }
        for (const MarginalReturn& m : curve.marginal) {
            ok = ok && finite(m.gain) && finite(m.loss);
        }
        if (!ok) {
            return Status::failure("savings curve of " + curve.method + ": a figure is not a finite number");
        }
    }
    Database& db = m_project.database();
    Transaction tx(db);
    if (!tx.status()) {
        return tx.status();
    }
    auto id = ScenarioStore(m_project).idOf(c.scenario);
    if (!id) {
        return id.status();
    }
    const int64_t scenario = id.value();
    for (const char* table : {"savings_curve", "savings_point", "savings_marginal"}) {
        auto clear = db.prepare(std::string("DELETE FROM ") + table + " WHERE scenario_id = ?1");
        if (!clear) {
            return clear.status();
        }
        if (Status s = clear->bind(1, scenario).run(); !s) {
            return s;
        }
    }
    auto curve
        = db.prepare("INSERT INTO savings_curve VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    auto point = db.prepare("INSERT INTO savings_point VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto marginal = db.prepare("INSERT INTO savings_marginal VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!curve || !point || !marginal) {
        return Status::failure(db.lastError());
    }
    for (size_t k = 0; k < c.curves.size(); ++k) {
        const SavingsCurve& m = c.curves[k];
        curve->reset();
        Status s = curve->bind(1, scenario)
                       .bind(2, m.method)
                       .bind(3, static_cast<int64_t>(k))
                       .bind(4, basis)
                       .bind(5, c.budget)
                       .bind(6, c.templateEffect)
                       .bind(7, m.effectAtBudget)
                       .bind(8, m.uplift)
                       .bind(9, m.savings)
                       .bind(10, m.savingBudget)
                       .bind(11, m.note)
                       .bind(12, joinLines(m.missing))
                       .bind(13, joinLines(c.leftOut))
                       .run();
        for (const CurvePoint& p : m.points) {
            point->reset();
            s = s ? point->bind(1, scenario)
                        .bind(2, m.method)
                        .bind(3, p.budget)
                        .bind(4, p.effect)
                        .bind(5, p.effectLow)
                        .bind(6, p.effectHigh)
                        .bind(7, p.spend)
                        .run()
                  : s;
        }
        for (size_t i = 0; i < m.marginal.size(); ++i) {
            marginal->reset();
            s = s ? marginal->bind(1, scenario)
                        .bind(2, m.method)
                        .bind(3, static_cast<int64_t>(i))
                        .bind(4, m.marginal[i].channel)
                        .bind(5, m.marginal[i].gain)
                        .bind(6, m.marginal[i].loss)
                        .bind(7, m.marginal[i].note)
                        .run()
                  : s;
        }
        if (!s) {
            return s;
        }
    }
    return tx.commit();
}

Result<std::optional<SavingsCurves>> SavingsCurveStore::load(const std::string& scenario, const std::string& basis)
{
    using R = Result<std::optional<SavingsCurves>>;
    Database& db = m_project.database();
    auto curves = db.prepare("SELECT c.rowid, c.method, c.budget, c.template_effect, c.effect_at_budget, c.uplift,"
                             " c.savings, c.saving_budget, c.note, c.missing, c.left_out, c.scenario_id"
                             " FROM savings_curve c JOIN scenario s ON s.id = c.scenario_id"
                             " WHERE s.name = ?1 AND c.basis = ?2 ORDER BY c.position");
    if (!curves) {
        return curves.status();
    }
    curves->bind(1, scenario).bind(2, basis);
    SavingsCurves out;
    out.scenario = scenario;
    int64_t scenarioId = -1;
    while (curves->next()) {
        RowReader r(*curves, "savings_curve", curves->int64(0));
        SavingsCurve c;
        c.method = r.text(1, "method", 100);
        out.budget = r.real(2, "budget", 0, kMaxFigure);
        out.templateEffect = r.real(3, "template_effect", -kMaxFigure, kMaxFigure);
        c.effectAtBudget = r.real(4, "effect_at_budget", -kMaxFigure, kMaxFigure);
        c.uplift = r.real(5, "uplift", -kMaxFigure, kMaxFigure);
        c.savings = r.optionalReal(6, "savings", -kMaxFigure, 1);
        c.savingBudget = r.optionalReal(7, "saving_budget", 0, kMaxFigure);
        c.note = r.text(8, "note", 2000, true);
        c.missing = splitLines(r.text(9, "missing", 100000, true));
        out.leftOut = splitLines(r.text(10, "left_out", 100000, true));
        scenarioId = r.integer(11, "scenario_id", 0, INT64_MAX);
        if (!r.ok()) {
            return r.status();
        }
        out.curves.push_back(std::move(c));
    }
    if (!curves->status()) {
        return curves->status();
    }
    if (out.curves.empty()) {
        return R(std::optional<SavingsCurves>{});
    }
    std::map<std::string, SavingsCurve*> byMethod;
    for (SavingsCurve& c : out.curves) {
        byMethod[c.method] = &c;
    }
    auto points = db.prepare("SELECT rowid, method, budget, effect, effect_low, effect_high, spend FROM savings_point"
                             " WHERE scenario_id = ?1 ORDER BY method, budget");
    auto marginal = db.prepare("SELECT rowid, method, channel, gain, loss, note FROM savings_marginal"
                               " WHERE scenario_id = ?1 ORDER BY method, position");
    if (!points || !marginal) {
        return Status::failure(db.lastError());
    }
    points->bind(1, scenarioId);
    while (points->next()) {
        RowReader r(*points, "savings_point", points->int64(0));
        const std::string method = r.text(1, "method", 100);
        CurvePoint p;
        p.budget = r.real(2, "budget", 0, kMaxFigure);
        p.effect = r.real(3, "effect", -kMaxFigure, kMaxFigure);
        p.effectLow = r.real(4, "effect_low", -kMaxFigure, kMaxFigure);
        p.effectHigh = r.real(5, "effect_high", -kMaxFigure, kMaxFigure);
        p.spend = r.real(6, "spend", 0, kMaxFigure);
        if (!r.ok()) {
            return r.status();
        }
        if (const auto it = byMethod.find(method); it != byMethod.end()) {
            it->second->points.push_back(p);
        }
    }
    marginal->bind(1, scenarioId);
    while (marginal->next()) {
        RowReader r(*marginal, "savings_marginal", marginal->int64(0));
        const std::string method = r.text(1, "method", 100);
        MarginalReturn m;
        m.channel = r.text(2, "channel", 200);
        m.gain = r.optionalReal(3, "gain", -kMaxFigure, kMaxFigure);
        m.loss = r.optionalReal(4, "loss", -kMaxFigure, kMaxFigure);
        m.note = r.text(5, "note", 2000, true);
        if (!r.ok()) {
            return r.status();
        }
        if (const auto it = byMethod.find(method); it != byMethod.end()) {
            it->second->marginal.push_back(m);
        }
    }
    if (!points->status() || !marginal->status()) {
        return !points->status() ? points->status() : marginal->status();
    }
    return R(std::optional<SavingsCurves>(std::move(out)));
}

} // namespace kol
