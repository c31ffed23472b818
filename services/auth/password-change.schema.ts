/**
 * The one set of rules for a staff member changing their own password: the password page checks
 * with this schema and PasswordChangeService parses with it, so both refuse the same values with
 * the same message naming the same field. The policy comes from the system parameters. Pure: zod
 * only; whether the current password is right is the service's check (it needs the stored hash).
 */
import { z } from 'zod';
import { passwordProblemParams, passwordProblems, type PasswordPolicy } from '../admin/password-policy';
import { refuse } from '../validation/schema-issues';

/** What the API takes: the password in use and the new one. */
export function passwordChangeSchema(policy: PasswordPolicy) {
  return z.object({
    currentPassword: z.string({ error: 'required' }).transform((value, ctx) => (value === '' ? refuse(ctx, 'required') : value)),
    newPassword: z.string({ error: 'required' }).transform((value, ctx) => {
      if (value === '') return refuse(ctx, 'required');
      const [problem] = passwordProblems(policy, value);
      return problem ? refuse(ctx, problem, passwordProblemParams(policy)) : value;
    }),
  });
}

/** What the form takes: the same, and the new password typed twice. */
export function passwordChangeFormSchema(policy: PasswordPolicy) {
  return passwordChangeSchema(policy)
    .extend({ confirmPassword: z.string() })
    .superRefine((values, ctx) => {
      if (values.confirmPassword !== values.newPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'passwordsDiffer' });
    });
}

export type PasswordChangeInput = z.input<ReturnType<typeof passwordChangeSchema>>;
export type PasswordChangeFormInput = z.input<ReturnType<typeof passwordChangeFormSchema>>;
