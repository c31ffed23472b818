/**
 * The one set of rules for a staff member as an administrator types them (用戶管理): the staff
 * form checks with these schemas (react-hook-form's zod resolver) and the staff administration
 * service parses with them (parseInput), so both refuse the same values with the same message.
 * Pure: zod and pure rules only. Uniqueness, existence of branches, sales groups and roles, and
 * what the viewer may grant are the service's checks (they need the database and the viewer).
 */
import { z } from 'zod';
import { MemberReach } from '../visibility/member-visibility';
import { refuse } from '../validation/schema-issues';
import { filled, requiredText } from '../validation/text-fields';
import { passwordProblemParams, passwordProblems, type PasswordPolicy } from './password-policy';

/** Column sizes of `staff`. */
export const STAFF_LIMITS = { login: 50, displayName: 100, code: 20, roles: 10, memberBranchIds: 100 } as const;

/** Sign-in names: letters, digits and . _ @ -, so they are typed the same on every keyboard. */
const LOGIN_PATTERN = /^[A-Za-z0-9._@-]+$/;
/** Staff codes as shown beside names ("IS007"): letters, digits and "-". */
const CODE_PATTERN = /^[A-Za-z0-9-]+$/;

const idText = z.union([z.string(), z.number()]).nullish();

/** A positive whole id as typed or sent ("12" or 12), or null when blank. */
function idOf(value: string | number | null | undefined): number | null | 'bad' {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (text === '') return null;
  return /^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : 'bad';
}

const requiredId = idText.transform((value, ctx) => {
  const id = idOf(value);
  if (id === null) return refuse(ctx, 'required');
  return id === 'bad' ? refuse(ctx, 'invalidId') : id;
});

const optionalId = idText.transform((value, ctx) => {
  const id = idOf(value);
  return id === 'bad' ? refuse(ctx, 'invalidId') : id;
});

/** The details every staff form has: who they are, where they work, what they may do and see. */
const staffShape = {
  login: requiredText(STAFF_LIMITS.login).transform((login, ctx) => (LOGIN_PATTERN.test(login) ? login : refuse(ctx, 'invalidLogin'))),
  displayName: requiredText(STAFF_LIMITS.displayName),
  code: requiredText(STAFF_LIMITS.code).transform((code, ctx) => (CODE_PATTERN.test(code) ? code : refuse(ctx, 'invalidPrefix'))),
  branchId: requiredId,
  salesGroupId: optionalId,
  /** Keys of the roles held: at least one, each once. */
  roleKeys: z
    .array(z.string())
    .nullish()
    .transform((keys, ctx) => {
      const unique = [...new Set((keys ?? []).map((key) => key.trim()).filter(Boolean))];
      if (unique.length === 0) return refuse(ctx, 'required');
      return unique.length > STAFF_LIMITS.roles ? refuse(ctx, 'tooMany', { max: STAFF_LIMITS.roles }) : unique;
    }),
  memberReach: z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const given = filled(value) ?? MemberReach.OWN_BRANCH;
      return (Object.values(MemberReach) as string[]).includes(given) ? (given as MemberReach) : refuse(ctx, 'notAnOption');
    }),
  /** Branches added to the own branch when memberReach is chosen_branches; ignored otherwise. */
  memberBranchIds: z
    .array(z.union([z.string(), z.number()]))
    .nullish()
    .transform((ids, ctx) => {
      const parsed = (ids ?? []).map(idOf).filter((id) => id !== null);
      if (parsed.includes('bad')) return refuse(ctx, 'invalidId');
      const unique = [...new Set(parsed as number[])].sort((a, b) => a - b);
      return unique.length > STAFF_LIMITS.memberBranchIds ? refuse(ctx, 'tooMany', { max: STAFF_LIMITS.memberBranchIds }) : unique;
    }),
};

/** Chosen branches must be chosen when the reach says so; other reaches keep none. */
function withReachRule<T extends { memberReach: MemberReach; memberBranchIds: number[]; branchId: number }>(value: T, ctx: z.RefinementCtx): T {
  if (value.memberReach !== MemberReach.CHOSEN_BRANCHES) return { ...value, memberBranchIds: [] };
  const extra = value.memberBranchIds.filter((id) => id !== value.branchId);
  if (extra.length === 0) ctx.addIssue({ code: 'custom', path: ['memberBranchIds'], message: 'required' });
  return { ...value, memberBranchIds: extra };
}

/** An initial password (typed by the administrator) as the password policy allows; blank means "generate one". */
export function initialPasswordField(policy: PasswordPolicy) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined || value === '') return null;
      const problems = passwordProblems(policy, value);
      return problems.length ? refuse(ctx, problems[0], passwordProblemParams(policy)) : value;
    });
}

/** Editing: every detail except the password (reset separately). */
export const staffUpdateSchema = z.object(staffShape).transform(withReachRule);

/** Creating: the details and an initial password (typed, or blank to have one generated). */
export function staffCreateSchema(policy: PasswordPolicy) {
  return z.object({ ...staffShape, initialPassword: initialPasswordField(policy) }).transform(withReachRule);
}

/** Resetting a password: a typed initial password, or blank to have one generated. */
export function staffPasswordResetSchema(policy: PasswordPolicy) {
  return z.object({ initialPassword: initialPasswordField(policy) });
}

export type StaffFormInput = z.input<typeof staffUpdateSchema>;
export type StaffValues = z.output<typeof staffUpdateSchema>;
export type StaffCreateInput = z.input<ReturnType<typeof staffCreateSchema>>;
export type StaffCreateValues = z.output<ReturnType<typeof staffCreateSchema>>;
export type StaffPasswordResetInput = z.input<ReturnType<typeof staffPasswordResetSchema>>;
