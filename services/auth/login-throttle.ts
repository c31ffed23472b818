/**
 * Slows down repeated failed sign-ins per key (login name and client address): each failure in
 * the window doubles the wait before the next attempt is checked, up to a ceiling. Pure state
 * machine; the clock is passed in.
 */
export type ThrottleOptions = { windowMs: number; freeAttempts: number; baseDelayMs: number; maxDelayMs: number };

export const DEFAULT_THROTTLE: ThrottleOptions = { windowMs: 15 * 60_000, freeAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

type Entry = { failures: number; lastFailureAt: number };

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: ThrottleOptions = DEFAULT_THROTTLE) {}

  /** How long to wait before checking the next attempt for this key. */
  delayFor(key: string, now: number): number {
    const entry = this.current(key, now);
    if (!entry || entry.failures < this.options.freeAttempts) return 0;
    const exponent = entry.failures - this.options.freeAttempts;
    return Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** exponent);
  }

  recordFailure(key: string, now: number): void {
    const entry = this.current(key, now) ?? { failures: 0, lastFailureAt: now };
    this.entries.set(key, { failures: entry.failures + 1, lastFailureAt: now });
    if (this.entries.size > 10_000) this.prune(now);
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.lastFailureAt > this.options.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (now - entry.lastFailureAt > this.options.windowMs) this.entries.delete(key);
    }
  }
}
