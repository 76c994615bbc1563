#!/usr/bin/env python3
"""The side-by-side reference for `kolplanner-cli selftest pendulum`: a plain PyTorch DDPG with the
same settings (Pendulum-v1 dynamics as in Gymnasium, actor and critic 400-300, gamma 0.98,
Gaussian noise 0.1, Adam 1e-3, batch 256, tau 0.005, 10,000 random steps, one update per step
after them, one thread), and the matrix-product floor of the same run: the seconds the updates'
256x400x300 products alone need at the GFLOP/s this machine reaches for that product.

Prints one JSON object: steps, updates, seconds, mean_return (10 evaluation episodes),
gflops (one 256x400 @ 400x300 product, one thread), floor_seconds.
Needs Debian's python3-torch and python3-numpy; used by `kolplanner-bench --only pendulum`.
"""
import argparse
import json
import math
import time

import numpy as np
import torch

# Floating-point work of one DDPG update in the 400x300 layers, counted in passes of that layer
# over a batch: target actor and target critic forward (2), critic forward (1), critic backward
# (2), actor forward (1), critic forward and backward for the actor's loss (3), actor backward (2).
PASSES_PER_UPDATE = 11


class Pendulum:
    """Gymnasium's Pendulum-v1: torque in [-2, 2], episodes of 200 steps."""

    def __init__(self, rng):
        self.rng = rng
        self.theta = 0.0
        self.speed = 0.0
        self.t = 0

    def reset(self):
        self.theta = self.rng.uniform(-math.pi, math.pi)
        self.speed = self.rng.uniform(-1.0, 1.0)
        self.t = 0
        return self.observe()

    def observe(self):
        return np.array([math.cos(self.theta), math.sin(self.theta), self.speed], dtype=np.float32)

    def step(self, action):
        u = float(np.clip(action, -1.0, 1.0)) * 2.0
        norm = ((self.theta + math.pi) % (2 * math.pi)) - math.pi
        cost = norm * norm + 0.1 * self.speed * self.speed + 0.001 * u * u
        self.speed = float(np.clip(self.speed + (3 * 10.0 / 2 * math.sin(self.theta) + 3.0 * u) * 0.05, -8, 8))
        self.theta = self.theta + self.speed * 0.05
        self.t += 1
        return self.observe(), -cost, self.t >= 200


def mlp(inputs, outputs, tanh):
    layers = [torch.nn.Linear(inputs, 400), torch.nn.ReLU(), torch.nn.Linear(400, 300), torch.nn.ReLU(),
              torch.nn.Linear(300, outputs)]
    if tanh:
        layers.append(torch.nn.Tanh())
    return torch.nn.Sequential(*layers)


def soft_update(target, source, tau):
    with torch.no_grad():
        for t, s in zip(target.parameters(), source.parameters()):
            t.mul_(1 - tau).add_(s, alpha=tau)


def evaluate(actor, seed, episodes=10):
    env = Pendulum(np.random.default_rng(seed))
    total = 0.0
    for _ in range(episodes):
        state, done = env.reset(), False
        while not done:
            with torch.no_grad():
                action = actor(torch.from_numpy(state).unsqueeze(0))[0, 0].item()
            state, reward, done = env.step(action)
            total += reward
    return total / episodes


def matmul_gflops():
    a, b = torch.randn(256, 400), torch.randn(400, 300)
    for _ in range(20):
        a @ b
    times = []
    for _ in range(200):
        start = time.perf_counter()
        a @ b
        times.append(time.perf_counter() - start)
    return 2 * 256 * 400 * 300 / sorted(times)[len(times) // 2] / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    env = Pendulum(rng)
    actor, critic = mlp(3, 1, True), mlp(4, 1, False)
    actor_target, critic_target = mlp(3, 1, True), mlp(4, 1, False)
    actor_target.load_state_dict(actor.state_dict())
    critic_target.load_state_dict(critic.state_dict())
    actor_opt = torch.optim.Adam(actor.parameters(), lr=1e-3)
    critic_opt = torch.optim.Adam(critic.parameters(), lr=1e-3)
    capacity = max(args.steps, 1)
    states = torch.zeros(capacity, 3)
    actions = torch.zeros(capacity, 1)
    rewards = torch.zeros(capacity, 1)
    nexts = torch.zeros(capacity, 3)
    terminal = torch.zeros(capacity, 1)
    size, updates = 0, 0
    state = env.reset()
    start = time.perf_counter()
    for step in range(1, args.steps + 1):
        if step <= 10000:
            action = rng.uniform(-1, 1)
        else:
            with torch.no_grad():
                proposed = actor(torch.from_numpy(state).unsqueeze(0))[0, 0].item()
            action = float(np.clip(proposed + 0.1 * rng.normal(), -1, 1))
        nxt, reward, done = env.step(action)
        states[size], actions[size, 0], rewards[size, 0] = torch.from_numpy(state), action, reward
        nexts[size] = torch.from_numpy(nxt)
        terminal[size, 0] = 0.0  # Pendulum ends by its time limit only
        size += 1
        state = env.reset() if done else nxt
        if step > 10000 and size >= 256:
            idx = torch.from_numpy(rng.integers(0, size, 256))
            s, a, r, s2, d = states[idx], actions[idx], rewards[idx], nexts[idx], terminal[idx]
            with torch.no_grad():
                y = r + 0.98 * (1 - d) * critic_target(torch.cat([s2, actor_target(s2)], 1))
            critic_loss = torch.nn.functional.mse_loss(critic(torch.cat([s, a], 1)), y)
            critic_opt.zero_grad()
            critic_loss.backward()
            critic_opt.step()
            actor_loss = -critic(torch.cat([s, actor(s)], 1)).mean()
            actor_opt.zero_grad()
            actor_loss.backward()
            actor_opt.step()
            soft_update(actor_target, actor, 0.005)
            soft_update(critic_target, critic, 0.005)
            updates += 1
    seconds = time.perf_counter() - start
    gflops = matmul_gflops()
    floor = updates * PASSES_PER_UPDATE * 2 * 256 * 400 * 300 / (gflops * 1e9)
    print(json.dumps({"steps": args.steps, "updates": updates, "seconds": seconds,
                      "mean_return": evaluate(actor, args.seed + 1000003), "gflops": gflops,
                      "floor_seconds": floor}))


if __name__ == "__main__":
    main()
