import type { Calculator } from "../calculator/types.js";

const MAX_TERMS = 400;

/**
 * Closed forms like (1 + r)^n − 1 keep a relative accuracy of about epsilon / |n·r|. The series take over
 * when that would be worse than max(1000 · epsilon, 1e-24): below |n·r| = 1e-3 on float64, 1e-9 on the
 * 34-digit decimal backend (which keeps 24 digits there anyway, and the series cost it more than it gains).
 */
function useSeries<V>(calc: Calculator<V>, rate: V, years: V): boolean {
  const { small, above, below } = limitsOf(calc);
  // |r| >= small rules the series out by comparison alone, sparing two conversions on the common path.
  if (calc.compare(rate, above) >= 0 || calc.compare(rate, below) <= 0) return false;
  return Math.abs(calc.toNumber(rate)) * Math.max(1, Math.abs(calc.toNumber(years))) < small;
}

const limits = new WeakMap<Calculator<unknown>, { small: number; above: unknown; below: unknown }>();

/** The series threshold of a backend, as a number and as two backend values, computed once per backend. */
function limitsOf<V>(calc: Calculator<V>): { small: number; above: V; below: V } {
  let found = limits.get(calc as Calculator<unknown>);
  if (found === undefined) {
    const small = calc.epsilon / Math.max(calc.epsilon * 1e3, 1e-24);
    found = { small, above: calc.from(small), below: calc.from(-small) };
    limits.set(calc as Calculator<unknown>, found);
  }
  return found as { small: number; above: V; below: V };
}

/** Adds terms until they no longer change the sum in the backend's precision. */
function sumSeries<V>(calc: Calculator<V>, first: V, next: (term: V, index: number) => V): V {
  let sum = first;
  let term = first;
  for (let index = 1; index < MAX_TERMS; index++) {
    term = next(term, index);
    const updated = calc.add(sum, term);
    if (calc.compare(updated, sum) === 0) break;
    sum = updated;
  }
  return sum;
}

/**
 * ((1 + r)^n − 1) / r, which is n at r = 0: the sum of n yearly flows growing at r per unit first flow.
 * Near r = 0 it sums the binomial series n + C(n,2)·r + C(n,3)·r² + … instead, which keeps every digit.
 */
export function geometricFactor<V>(calc: Calculator<V>, rate: V, years: V): V {
  if (useSeries(calc, rate, years)) {
    // term_j = C(n, j+1) · r^j = term_{j-1} · (n − j) / (j + 1) · r
    return sumSeries(calc, years, (term, index) =>
      calc.multiply(
        calc.multiply(term, rate),
        calc.divide(calc.subtract(years, calc.from(index)), calc.from(index + 1)),
      ),
    );
  }
  const one = calc.from(1);
  return calc.divide(calc.subtract(calc.power(calc.add(one, rate), years), one), rate);
}

/**
 * The rate y with (1 + y)^n = 1 + growth, where growth = (to − from) / from is computed without cancellation.
 * The root gives y; when y is so small that 1 + y has lost its digits, they are restored by the fixed point
 * y = growth / factor(y, n), which contracts by about (n − 1)·y / 2 per step.
 */
export function rateFromGrowth<V>(calc: Calculator<V>, growth: V, years: V): V {
  const one = calc.from(1);
  const ratio = calc.add(one, growth);
  if (calc.compare(ratio, calc.from(0)) === 0) return calc.from(-1);
  let rate = calc.subtract(calc.root(ratio, years), one);
  if (useSeries(calc, rate, years)) {
    for (let step = 0; step < 2; step++) rate = calc.divide(growth, geometricFactor(calc, rate, years));
  }
  return rate;
}

/** ln(1 + x) for x > −1, by its series when |x| is small so that x's digits survive. */
export function log1p<V>(calc: Calculator<V>, value: V): V {
  if (Math.abs(calc.toNumber(value)) >= 0.01) return calc.ln(calc.add(calc.from(1), value));
  // x − x²/2 + x³/3 − …: keep the power of x apart from the 1/k factor
  let power = value;
  return sumSeries(calc, value, (_term, index) => {
    power = calc.multiply(power, calc.subtract(calc.from(0), value));
    return calc.divide(power, calc.from(index + 1));
  });
}

/** e^x − 1, by its series when |x| is small so that x's digits survive. */
export function expm1<V>(calc: Calculator<V>, value: V): V {
  if (Math.abs(calc.toNumber(value)) >= 0.01) return calc.subtract(calc.exp(value), calc.from(1));
  // x + x²/2! + x³/3! + …
  return sumSeries(calc, value, (term, index) =>
    calc.divide(calc.multiply(term, value), calc.from(index + 1)),
  );
}
