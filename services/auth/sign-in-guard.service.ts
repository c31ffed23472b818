import {
  RateLimiterMySQL, RateLimiterRes, RateLimiterSQLite, type RateLimiterStoreAbstract,
} from 'rate-limiter-flexible';
import { In, LessThan, type DataSource } from 'typeorm';
import { SignInRateLimit } from '../../entities/sign-in-rate-limit.entity';
import { signInLimitsFrom, type SignInLimits } from './sign-in-limits';
import { SignInRefused } from './sign-in-refusal';
import { isSqlite } from '../../db/dialect';

const TABLE = 'sign_in_rate_limits';
/** Expired counters are deleted now and then, not on every attempt. */
const SWEEP_EVERY_MS = 10 * 60_000;

type StoreOptions = { keyPrefix: string; points: number; duration: number };

/**
 * rate-limiter-flexible's MySQL or SQLite store on the DataSource's own pool or connection, over
 * the table the migrations create (never created by the library at run time).
 */
function databaseLimiter(ds: DataSource, options: StoreOptions): RateLimiterStoreAbstract {
  const common = { ...options, tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false };
  if (isSqlite(ds)) {
    const driver = ds.driver as unknown as { databaseConnection: unknown };
    return new RateLimiterSQLite({ ...common, storeClient: driver.databaseConnection, storeType: 'better-sqlite3' });
  }
  // TypeORM's mysql2 pool (callback API), which RateLimiterMySQL takes as storeType "pool".
  const driver = ds.driver as unknown as { pool: unknown; database: string };
  return new RateLimiterMySQL({ ...common, storeClient: driver.pool, storeType: 'pool', dbName: driver.database });
}

/** consume() rejects with the limiter's result when over the limit; anything else is a real failure. */
async function consume(limiter: RateLimiterStoreAbstract, key: string): Promise<{ res: RateLimiterRes; over: boolean }> {
  try {
    return { res: await limiter.consume(key), over: false };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { res: error, over: true };
    throw error;
  }
}

/**
 * Counts sign-in attempts per login (from any address), per client address, and consecutive
 * failures per login, which lock the login for a while. Logins that do not exist are counted and
 * locked alike, so the answers never tell which logins exist.
 */
export class SignInGuard {
  private readonly perLogin: RateLimiterStoreAbstract;
  private readonly perAddress: RateLimiterStoreAbstract;
  private readonly failures: RateLimiterStoreAbstract;
  private lastSweep = 0;

  constructor(
    private readonly ds: DataSource,
    readonly limits: SignInLimits = signInLimitsFrom(process.env),
  ) {
    this.perLogin = databaseLimiter(ds, { keyPrefix: 'login', points: limits.perLogin.attempts, duration: limits.perLogin.seconds });
    this.perAddress = databaseLimiter(ds, { keyPrefix: 'address', points: limits.perAddress.attempts, duration: limits.perAddress.seconds });
    this.failures = databaseLimiter(ds, { keyPrefix: 'lock', points: limits.lock.afterFailures, duration: limits.lock.rememberSeconds });
  }

  /**
   * Runs `check` (the password check) unless the login is locked or over a limit, in which case
   * it throws SignInRefused with the time to come back. Attempts are counted before the check, so
   * parallel guesses cannot all slip in before the first is recorded.
   */
  async attempt<T>(rawLogin: string, address: string | null, check: () => Promise<T | null>): Promise<T | null> {
    const login = loginKey(rawLogin);
    const lockedFor = await this.lockedForMs(login);
    if (lockedFor > 0) throw refused('locked', lockedFor);
    if (address) {
      const byAddress = await consume(this.perAddress, address);
      if (byAddress.over) throw refused('throttled', byAddress.res.msBeforeNext);
    }
    const byLogin = await consume(this.perLogin, login);
    if (byLogin.over) throw refused('throttled', byLogin.res.msBeforeNext);

    const result = await check();
    if (result) {
      await Promise.all([
        this.failures.delete(login),
        this.perLogin.delete(login),
        address ? this.perAddress.reward(address) : null,
      ]);
      return result;
    }
    await this.sweepNowAndThen();
    const failed = await consume(this.failures, login);
    if (failed.res.consumedPoints >= this.limits.lock.afterFailures) {
      await this.failures.block(login, this.limits.lock.seconds);
      throw refused('locked', this.limits.lock.seconds * 1000);
    }
    return null;
  }

  /** When the login's lock ends, or null when it is not locked. */
  async lockedUntil(rawLogin: string): Promise<Date | null> {
    const ms = await this.lockedForMs(loginKey(rawLogin));
    return ms > 0 ? new Date(Date.now() + ms) : null;
  }

  /**
   * When each locked login's lock ends, for a whole page of logins in one statement (the staff
   * access page). Reads the lock counters the library keeps, by the library's own key for each
   * login; logins that are not locked are absent from the answer.
   */
  async locksOf(rawLogins: readonly string[], now = Date.now()): Promise<Map<string, Date>> {
    const loginsByKey = new Map<string, string[]>();
    for (const raw of rawLogins) {
      const key = this.failures.getKey(loginKey(raw));
      loginsByKey.set(key, [...(loginsByKey.get(key) ?? []), raw]);
    }
    const locks = new Map<string, Date>();
    if (loginsByKey.size === 0) return locks;
    const rows = await this.ds.getRepository(SignInRateLimit).findBy({ key: In([...loginsByKey.keys()]) });
    for (const row of rows) {
      const expire = row.expire === null ? 0 : Number(row.expire);
      if (row.points <= this.limits.lock.afterFailures || expire <= now) continue;
      for (const raw of loginsByKey.get(row.key) ?? []) locks.set(raw, new Date(expire));
    }
    return locks;
  }

  /** Lifts a lock and forgets the login's failures, as if it had just signed in. */
  async unlock(rawLogin: string): Promise<void> {
    const login = loginKey(rawLogin);
    await Promise.all([this.failures.delete(login), this.perLogin.delete(login)]);
  }

  private async lockedForMs(login: string): Promise<number> {
    const state = await this.failures.get(login);
    return state && state.consumedPoints > this.limits.lock.afterFailures ? Math.max(state.msBeforeNext, 1) : 0;
  }

  private async sweepNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.ds.getRepository(SignInRateLimit).delete({ expire: LessThan(String(now)) });
  }
}

/** Keys stay within the table's 255 characters whatever a client types as its login. */
function loginKey(login: string): string {
  return login.trim().toLowerCase().slice(0, 100);
}

function refused(reason: 'locked' | 'throttled', ms: number): SignInRefused {
  return new SignInRefused({ reason, retryAt: new Date(Date.now() + Math.max(ms, 1000)) });
}

const guards = new WeakMap<DataSource, SignInGuard>();

/** The guard for a DataSource with the limits from the environment, built once per DataSource. */
export function signInGuard(ds: DataSource): SignInGuard {
  let guard = guards.get(ds);
  if (!guard) {
    guard = new SignInGuard(ds);
    guards.set(ds, guard);
  }
  return guard;
}
