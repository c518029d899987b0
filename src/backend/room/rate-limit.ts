/**
 * The room server's two guards against a noisy or hostile laptop: a token bucket per key (a remote
 * address, a join code) and a lockout for an address that keeps sending wrong codes. Both take the clock
 * as a function so tests can hold time still.
 */

export interface RateLimit {
  /** Tokens added per second. */
  perSecond: number;
  /** The most a key may spend at once. */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Spends one token for `key`: 0 when allowed, else the seconds until a token is back (at least 1). */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }
}

export interface LockoutPolicy {
  /** Wrong codes an address may send within `windowMs` before it is locked out. */
  maxBadCodes: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxBadCodes: 10, windowMs: 10 * 60_000, lockMs: 10 * 60_000 };

/** Brute-force guard: too many wrong codes from one address and it is refused for a while, codes or not. */
export class BadCodeLockout {
  private readonly failures = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(
    private readonly policy: LockoutPolicy,
    private readonly now: () => number,
  ) {}

  /** Seconds left of this address's lockout, or 0. */
  secondsLocked(address: string): number {
    const until = this.lockedUntil.get(address);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) {
      this.lockedUntil.delete(address);
      return 0;
    }
    return Math.ceil(left / 1000);
  }

  recordBadCode(address: string): void {
    const now = this.now();
    const recent = (this.failures.get(address) ?? []).filter((at) => now - at < this.policy.windowMs);
    recent.push(now);
    if (recent.length >= this.policy.maxBadCodes) {
      this.lockedUntil.set(address, now + this.policy.lockMs);
      this.failures.delete(address);
    } else {
      this.failures.set(address, recent);
    }
  }
}
