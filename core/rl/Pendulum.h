#pragma once

#include "Environment.h"

namespace kol {

// Gymnasium's Pendulum-v1, ported: max speed 8, max torque 2, dt 0.05, g 10, m 1, l 1; reward
// -(θ² + 0.1·θ̇² + 0.001·u²) with θ normalised to [-π, π); θ̇ clipped to [-8, 8] before θ is
// updated; 200-step episodes; start θ ~ U[-π, π], θ̇ ~ U[-1, 1]. State (cos θ, sin θ, θ̇).
class Pendulum : public Environment
{
public:
    int stateSize() const override { return 3; }
    int actionSize() const override { return 1; }
    void reset(Random& rng, float* state) override;
    double step(const float* action, float* nextState, bool& done) override;
    bool endsByTimeLimit() const override { return true; }

    double angle() const { return m_theta; }
    double speed() const { return m_thetaDot; }
    void setState(double theta, double thetaDot);

private:
    void observe(float* state) const;

    double m_theta = 0;
    double m_thetaDot = 0;
    int m_steps = 0;
};

} // namespace kol
