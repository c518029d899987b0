/**
 * A small seeded generator (mulberry32) and the draws the Monte Carlo mode needs. Pure arithmetic on
 * 32-bit integers: the same seed gives the same stream in every JavaScript runtime.
 */
export class Rng {
  /**
   * Kept in a typed array: a 32-bit state in a plain field would not fit V8's small integers and be boxed.
   * Kernel.step copies it into a local for its inner loop, where next(), triangular() and binomial() are
   * written out by hand (the same arithmetic, so the same stream), and copies it back.
   */
  readonly state = new Int32Array(1);

  constructor(seed: number) {
    this.state[0] = hashSeed(seed) | 0;
  }

  /** Uniform on [0, 1). */
  next(): number {
    const st = this.state;
    let t = (st[0] = (st[0] + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * Cheap zero-mean noise with standard deviation 1: the sum of two uniforms is triangular on [-1, 1]
   * with variance 1/6, scaled by sqrt(6). Used in the per-unit inner loop, where a true normal costs too
   * much; its tails are bounded at +/- 2.45 sd.
   */
  triangular(): number {
    return (this.next() + this.next() - 1) * 2.449489742783178;
  }

  /** A standard normal (Box-Muller), for the rare draws outside the inner loop. */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * Binomial(n, p) by inversion of the cumulative distribution (exact), falling back to a rounded normal
   * approximation when n p (1 - p) is large enough for it to be accurate and inversion to be slow.
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    const variance = n * p * (1 - p);
    if (variance > 25) {
      const k = Math.round(n * p + Math.sqrt(variance) * this.normal());
      return k < 0 ? 0 : k > n ? n : k;
    }
    const u = this.next();
    const odds = p / (1 - p);
    let prob = powInt(1 - p, n);
    let cdf = prob;
    let k = 0;
    while (u > cdf && k < n) {
      prob *= ((n - k) / (k + 1)) * odds;
      k++;
      cdf += prob;
    }
    return k;
  }
}

/** x^n for a whole n >= 0 by repeated squaring: cheaper than Math.pow in the inner loop, same value to rounding. */
function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  let e = Math.floor(n);
  while (e > 0) {
    if (e & 1) result *= base;
    base *= base;
    e >>>= 1;
  }
  return result;
}

/** splitmix32-style avalanche so that nearby seeds (run 0, run 1, ...) give unrelated streams. */
export function hashSeed(seed: number): number {
  let h = (Math.trunc(seed) ^ 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of run `run` of a Monte Carlo batch seeded with `seed`. */
export function runSeed(seed: number, run: number): number {
  return hashSeed((hashSeed(seed) + Math.imul(run + 1, 0x27d4eb2d)) | 0);
}
