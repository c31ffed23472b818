/**
 * How many sign-in attempts are allowed before the user must wait, and when an account locks.
 * Every limit counts in the database, so all app instances share it.
 */
export type SignInLimits = {
  /** Attempts per login name from anywhere; a successful sign-in starts the count again. */
  perLogin: { attempts: number; seconds: number };
  /** Failed attempts per client address, across logins (only when the address is known). */
  perAddress: { attempts: number; seconds: number };
  /** Consecutive failures that lock the login, for how long, and how long a failure is remembered. */
  lock: { afterFailures: number; seconds: number; rememberSeconds: number };
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perLogin: { attempts: 5, seconds: 60 },
  perAddress: { attempts: 30, seconds: 15 * 60 },
  lock: { afterFailures: 10, seconds: 15 * 60, rememberSeconds: 24 * 60 * 60 },
};

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${raw}")`);
  return value;
}

/**
 * The limits from the environment: SIGN_IN_LOCK_AFTER (failures, 10), SIGN_IN_LOCK_MINUTES (15),
 * SIGN_IN_LOGIN_ATTEMPTS_PER_MINUTE (5), SIGN_IN_ADDRESS_FAILURES_PER_15_MINUTES (30).
 */
export function signInLimitsFrom(env: Record<string, string | undefined>): SignInLimits {
  const d = DEFAULT_SIGN_IN_LIMITS;
  return {
    perLogin: { attempts: positive(env, 'SIGN_IN_LOGIN_ATTEMPTS_PER_MINUTE', d.perLogin.attempts), seconds: 60 },
    perAddress: { attempts: positive(env, 'SIGN_IN_ADDRESS_FAILURES_PER_15_MINUTES', d.perAddress.attempts), seconds: 15 * 60 },
    lock: {
      afterFailures: positive(env, 'SIGN_IN_LOCK_AFTER', d.lock.afterFailures),
      seconds: positive(env, 'SIGN_IN_LOCK_MINUTES', d.lock.seconds / 60) * 60,
      rememberSeconds: d.lock.rememberSeconds,
    },
  };
}
