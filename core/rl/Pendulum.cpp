#include "Pendulum.h"

#include <algorithm>
#include <cmath>

namespace kol {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxSpeed = 8, kMaxTorque = 2, kDt = 0.05, kG = 10, kM = 1, kL = 1;

double normalise(double x)
{
    return std::fmod(std::fmod(x + kPi, 2 * kPi) + 2 * kPi, 2 * kPi) - kPi;
}
} // namespace

void Pendulum::reset(Random& rng, float* state)
{
    m_theta = rng.uniform(-kPi, kPi);
    m_thetaDot = rng.uniform(-1, 1);
    m_steps = 0;
    observe(state);
}

void Pendulum::setState(double theta, double thetaDot)
{
    m_theta = theta;
    m_thetaDot = thetaDot;
    m_steps = 0;
}

double Pendulum::step(const float* action, float* nextState, bool& done)
{
    const double u = std::clamp(static_cast<double>(action[0]) * kMaxTorque, -kMaxTorque, kMaxTorque);
    const double th = normalise(m_theta);
    const double cost = th * th + 0.1 * m_thetaDot * m_thetaDot + 0.001 * u * u;
    double newThetaDot = m_thetaDot + (3 * kG / (2 * kL) * std::sin(m_theta) + 3.0 / (kM * kL * kL) * u) * kDt;
    newThetaDot = std::clamp(newThetaDot, -kMaxSpeed, kMaxSpeed);
    m_theta = m_theta + newThetaDot * kDt;
    m_thetaDot = newThetaDot;
    done = ++m_steps >= 200;
    observe(nextState);
    return -cost;
}

void Pendulum::observe(float* state) const
{
    state[0] = static_cast<float>(std::cos(m_theta));
    state[1] = static_cast<float>(std::sin(m_theta));
    state[2] = static_cast<float>(m_thetaDot);
}

} // namespace kol
