/**
 * The password policy (密碼規則) of the system parameters as a pure rule: what is wrong with a
 * password staff chose or were given (initial passwords, resets, the first-sign-in change), and
 * whether a password has expired. Pure: no framework, no clock (pass `now`).
 */

export type PasswordPolicy = {
  /** Fewest characters a password may have. */
  minLength: number;
  /** At least one letter and at least one digit. */
  requireLettersAndDigits: boolean;
  /** At least one upper-case and one lower-case letter. */
  requireMixedCase: boolean;
  /** Days a password lasts after it was set; null: it never expires. */
  expiryDays: number | null;
};

/** bcrypt reads at most 72 bytes; longer passwords would be cut silently, so they are refused. */
export const PASSWORD_MAX_BYTES = 72;

/** A message key under `errors` (messages/*.json) naming one way a password breaks the policy. */
export type PasswordProblem =
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordNeedsLetter'
  | 'passwordNeedsDigit'
  | 'passwordNeedsMixedCase'
  | 'passwordBlankEdges';

/** The parameters every problem's message may use: `{min}` characters, `{max}` bytes. */
export function passwordProblemParams(policy: PasswordPolicy): { min: number; max: number } {
  return { min: policy.minLength, max: PASSWORD_MAX_BYTES };
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Every way `password` breaks `policy`, in a fixed order (empty: it is acceptable). Length counts
 * characters as people see them (code points), not UTF-16 units. Use it as
 * `invalidField('password', problems[0], passwordProblemParams(policy))`.
 */
export function passwordProblems(policy: PasswordPolicy, password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) problems.push('passwordTooShort');
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) problems.push('passwordTooLong');
  if (password !== password.trim()) problems.push('passwordBlankEdges');
  if (policy.requireLettersAndDigits) {
    if (!LETTER.test(password)) problems.push('passwordNeedsLetter');
    if (!DIGIT.test(password)) problems.push('passwordNeedsDigit');
  }
  if (policy.requireMixedCase && !(UPPER.test(password) && LOWER.test(password))) problems.push('passwordNeedsMixedCase');
  return problems;
}

/**
 * Whether a password set at `changedAt` has expired by `now`; never when the policy has no expiry.
 * A password whose change date is unknown (set before dates were kept) does not expire: turning
 * expiry on must not send every existing staff member to the password page at once. Callers that
 * want such passwords to age pass another date (e.g. when the account was created).
 */
export function passwordExpired(policy: PasswordPolicy, changedAt: Date | null, now: Date): boolean {
  if (policy.expiryDays === null) return false;
  if (!changedAt) return false;
  return now.getTime() - changedAt.getTime() >= policy.expiryDays * 86_400_000;
}
