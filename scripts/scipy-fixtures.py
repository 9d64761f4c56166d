#!/usr/bin/env python3
"""Reference values from SciPy for test/core/scipy-reference.test.ts.

Writes JSON to stdout: `npm run fixtures` stores it in test/fixtures/scipy-reference.json.
Series are deterministic (fixed seed). For each series y (x = 0..n-1):
  - kendalltau(x, y) tau-b and its default p-value, and its p-value with method='asymptotic'
  - the Mann-Kendall S (brute force), varS with the tie correction, and Z with continuity
    correction, computed here from S and varS
  - theilslopes(y) slope and intercept (SciPy's default method, 'separate')
"""

import json
import math
import sys
from collections import Counter

import numpy as np
import scipy
from scipy import stats

SEED = 20240601


def build_series(rng):
    """(name, values) pairs: random, with ties, trending, short (n=4..10) and long (n=500)."""
    series = []
    for n in range(4, 11):
        series.append((f"short-random-n{n}", rng.normal(0, 1, n)))
        series.append((f"short-ties-n{n}", rng.integers(0, 3, n).astype(float)))
    series.append(("random-n30", rng.normal(50, 10, 30)))
    series.append(("random-n100", rng.normal(0, 1, 100)))
    series.append(("ties-n40", rng.integers(0, 5, 40).astype(float)))
    series.append(("ties-heavy-n60", rng.integers(0, 2, 60).astype(float)))
    series.append(("rising-n50", 0.3 * np.arange(50) + rng.normal(0, 3, 50)))
    series.append(("falling-n60", -0.2 * np.arange(60) + rng.normal(0, 2, 60)))
    series.append(("rising-ties-n80", np.round(0.05 * np.arange(80) + rng.normal(0, 1, 80))))
    series.append(("monotone-rising-n20", np.arange(20, dtype=float) * 1.5 + 2))
    series.append(("monotone-falling-n12", 100 - np.arange(12, dtype=float) ** 2))
    series.append(("long-random-n500", rng.normal(0, 1, 500)))
    series.append(("long-rising-ties-n500", np.round(0.01 * np.arange(500) + rng.normal(0, 2, 500))))
    series.append(("long-falling-n500", -0.002 * np.arange(500) + rng.normal(0, 0.5, 500)))
    return series


def mann_kendall(y):
    n = len(y)
    s = 0
    for i in range(n):
        for j in range(i + 1, n):
            s += (y[j] > y[i]) - (y[j] < y[i])
    tie_sum = sum(t * (t - 1) * (2 * t + 5) for t in Counter(y).values())
    var_s = (n * (n - 1) * (2 * n + 5) - tie_sum) / 18
    if s == 0 or var_s == 0:
        z = 0.0
    else:
        z = (s - 1 if s > 0 else s + 1) / math.sqrt(var_s)
    return s, var_s, z


def reference(name, values):
    y = [float(v) for v in values]
    x = list(range(len(y)))
    tau = stats.kendalltau(x, y)
    tau_asymptotic = stats.kendalltau(x, y, method="asymptotic")
    theil = stats.theilslopes(y)
    s, var_s, z = mann_kendall(y)
    return {
        "name": name,
        "values": y,
        "tauB": float(tau.statistic),
        "tauP": float(tau.pvalue),
        "tauAsymptoticP": float(tau_asymptotic.pvalue),
        "s": s,
        "varS": var_s,
        "z": z,
        "theilSlope": float(theil.slope),
        "theilIntercept": float(theil.intercept),
    }


def main():
    rng = np.random.default_rng(SEED)
    cases = [reference(name, values) for name, values in build_series(rng)]
    out = {
        "generator": "scripts/scipy-fixtures.py",
        "seed": SEED,
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "series": cases,
    }
    json.dump(out, sys.stdout, indent=1, allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
