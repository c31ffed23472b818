/**
 * Who may manage whom in staff administration (用戶管理), as pure rules: a manager sees and
 * changes only staff of branches within their own member scope, gives no one more than they hold
 * themselves (no privilege escalation), and does not deactivate themselves. Also how an initial
 * password is generated. Pure: no framework, randomness passed in.
 */
import { JOB_FUNCTIONS } from './built-in-roles';
import type { Permission } from './permission';
import { passwordProblems, type PasswordPolicy } from './password-policy';
import { MemberReach, scopeAllowsBranch, type MemberScope } from '../visibility/member-visibility';

/**
 * Job functions, not authority: who receives contacts and who performs treatments. An
 * administrator who is no salesperson still makes others salespeople, so granting a role that
 * carries them does not require holding them.
 */
export const JOB_FUNCTION_PERMISSIONS: ReadonlySet<Permission> = new Set(JOB_FUNCTIONS);

/** The authority a set of permissions carries that `held` does not: empty when it may be granted. */
export function permissionsBeyond(held: ReadonlySet<Permission>, granted: Iterable<Permission>): Permission[] {
  return [...new Set(granted)].filter((permission) => !JOB_FUNCTION_PERMISSIONS.has(permission) && !held.has(permission));
}

/** Whether a viewer holding `held` may grant a role carrying `rolePermissions`. */
export function mayGrant(held: ReadonlySet<Permission>, rolePermissions: Iterable<Permission>): boolean {
  return permissionsBeyond(held, rolePermissions).length === 0;
}

/**
 * Whether a staff member holding `target` permissions has authority the viewer lacks: then the
 * viewer may see them but not change them (a manager resetting an administrator's password would
 * be an administrator).
 */
export function outranks(target: Iterable<Permission>, held: ReadonlySet<Permission>): boolean {
  return permissionsBeyond(held, target).length > 0;
}

/** The member scope a staff member would have with these settings (as memberScopeFor reads them). */
export type GrantedReach = { branchId: number; memberReach: MemberReach; memberBranchIds: readonly number[] };

/**
 * Whether the member visibility given to a staff member stays within the viewer's own: a viewer
 * who sees some branches cannot hand out "all branches" or branches they do not see.
 */
export function reachWithin(scope: MemberScope, granted: GrantedReach): boolean {
  if (scope.kind === 'all') return true;
  if (granted.memberReach === MemberReach.ALL) return false;
  const branches = granted.memberReach === MemberReach.CHOSEN_BRANCHES ? [granted.branchId, ...granted.memberBranchIds] : [granted.branchId];
  return branches.every((id) => scopeAllowsBranch(scope, id));
}

/** Letters and digits nobody misreads when an administrator reads a password aloud or copies it. */
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const ALL = UPPER + LOWER + DIGITS;

/** Generated initial passwords are at least this long, longer when the policy asks for more. */
export const GENERATED_PASSWORD_LENGTH = 12;

/**
 * A fresh initial password the policy accepts: upper- and lower-case letters and digits, at least
 * GENERATED_PASSWORD_LENGTH characters. `randomInt(n)` returns a uniform integer in [0, n).
 */
export function generateInitialPassword(policy: PasswordPolicy, randomInt: (n: number) => number): string {
  const length = Math.max(GENERATED_PASSWORD_LENGTH, policy.minLength);
  for (;;) {
    const chars = [UPPER[randomInt(UPPER.length)], LOWER[randomInt(LOWER.length)], DIGITS[randomInt(DIGITS.length)]];
    while (chars.length < length) chars.push(ALL[randomInt(ALL.length)]);
    // Shuffle so the guaranteed classes are not always in front (Fisher–Yates).
    for (let i = chars.length - 1; i > 0; i -= 1) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (passwordProblems(policy, password).length === 0) return password;
  }
}
