/**
 * The one set of rules for what staff type into the member forms (registration, edit, walk-in
 * conversion, the walk-in quick form, comments): the forms check with these schemas through
 * react-hook-form, and the server's services with the same schemas, so both refuse the same
 * inputs for the same reason. Pure: zod and libphonenumber-js, no framework, no entity, no clock
 * (`today` is passed in).
 *
 * Issues are worded as services/validation/schema-issues.ts says: a message key under `errors`
 * and the plain field name the API reports ("phone", "customFields.<key or id>").
 */
import { z } from 'zod';
import { checkCustomValue, type CustomValueRules } from '../custom-fields/custom-value';
import { canonicalIdCard } from './identity-card';
import { COMMENT_MAX } from './member-comment-input.schema';
import { isCalendarDate } from './member-search-rules';
import { canonicalPhone } from './phone-number';
import { issueMessage, refuse } from '../validation/schema-issues';
import { blankableText, filled, optionalText, requiredText } from '../validation/text-fields';

export { readIssue, type IssueParams } from '../validation/schema-issues';

/** Column sizes of `members`: a longer value could not be stored. */
export const MEMBER_LIMITS = {
  lastName: 50,
  firstName: 50,
  englishName: 100,
  email: 150,
  address: 255,
  remarks: 2000,
  commentBody: COMMENT_MAX,
  customValue: 500,
} as const;

/** The earliest birthday accepted; anything before is a typing slip. */
const EARLIEST_BIRTHDAY = '1900-01-01';

const field = z.string().nullish();

/** A phone number in its stored form (see canonicalPhone). */
const phone = field.transform((value, ctx) => {
  const given = filled(value);
  if (given === null) return refuse(ctx, 'required');
  return canonicalPhone(given) ?? refuse(ctx, 'invalidPhone');
});

const optionalPhone = field.transform((value, ctx) => {
  const given = filled(value);
  if (given === null) return null;
  return canonicalPhone(given) ?? refuse(ctx, 'invalidPhone');
});

const email = field.transform((value, ctx) => {
  const given = filled(value);
  if (given === null) return null;
  if (given.length > MEMBER_LIMITS.email) return refuse(ctx, 'tooLong', { max: MEMBER_LIMITS.email });
  return z.email().safeParse(given).success ? given : refuse(ctx, 'invalidEmail');
});

const idCard = field.transform((value, ctx) => {
  const given = filled(value);
  if (given === null) return null;
  return canonicalIdCard(given) ?? refuse(ctx, 'invalidIdCard');
});

function birthday(today: string) {
  return field.transform((value, ctx) => {
    const given = filled(value);
    if (given === null) return null;
    if (!isCalendarDate(given) || given < EARLIEST_BIRTHDAY) return refuse(ctx, 'invalidDate');
    return given > today ? refuse(ctx, 'birthdayInFuture') : given;
  });
}

/**
 * Gender as one of `genders`: the API's values on the server ("F", "M", "U"), the GraphQL enum's
 * names in the form ("FEMALE", …). A walk-in may have none and is "unknown" (`unknown`).
 */
function gender(genders: readonly string[], unknown: string | null) {
  return field.transform((value, ctx) => {
    const given = filled(value);
    if (given === null) return unknown ?? refuse(ctx, 'required');
    return genders.includes(given) ? given : refuse(ctx, 'notAnOption');
  });
}

export type MemberFieldsOptions = {
  /** Today's date (YYYY-MM-DD) where the salon is; birthdays may not be later. */
  today: string;
  /** Walk-ins may have no surname or gender yet (the UI shows their phone instead). */
  walkIn?: boolean;
  /** The gender values accepted; the server's by default. */
  genders?: readonly string[];
};

/** The server's gender values (entities/member.entity's Gender). */
export const MEMBER_GENDERS = ['F', 'M', 'U'] as const;

/**
 * A member's own fields, in the order the form shows them, each checked and in canonical form
 * (phones as stored, blank optional fields null). Required: surname (not for walk-ins), gender
 * (walk-ins: unknown) and the main phone.
 */
export function memberFieldsSchema(options: MemberFieldsOptions) {
  const genders = options.genders ?? MEMBER_GENDERS;
  return z.object({
    lastName: options.walkIn ? blankableText(MEMBER_LIMITS.lastName) : requiredText(MEMBER_LIMITS.lastName),
    firstName: blankableText(MEMBER_LIMITS.firstName),
    englishName: optionalText(MEMBER_LIMITS.englishName),
    gender: gender(genders, options.walkIn ? genders[genders.length - 1] : null),
    idCard,
    phone,
    phone2: optionalPhone,
    email,
    birthday: birthday(options.today),
    address: optionalText(MEMBER_LIMITS.address),
    remarks: optionalText(MEMBER_LIMITS.remarks),
  });
}

export type MemberFieldsInput = z.input<ReturnType<typeof memberFieldsSchema>>;
export type MemberFields = z.output<ReturnType<typeof memberFieldsSchema>>;

/** Checks only the fields present in `input` (an update: absent means unchanged). */
export function memberChangesSchema(options: MemberFieldsOptions, input: object) {
  const shape = memberFieldsSchema(options).shape;
  const given = Object.fromEntries(Object.entries(shape).filter(([name]) => (input as Record<string, unknown>)[name] !== undefined));
  return z.object(given) as unknown as z.ZodType<Partial<MemberFields>, Partial<MemberFieldsInput>>;
}

/** The walk-in quick form: a phone and the branch serving the customer. */
export const walkInSchema = z.object({
  phone,
  branchId: field.transform((value, ctx) => filled(value) ?? refuse(ctx, 'required')),
});


/** A custom field as the form checks it; the server checks against its definitions with the same rule. */
export type CustomFieldRule = CustomValueRules & { id: string; required: boolean };

/**
 * The whole registration or edit form: membership (branch, group), the member's fields, and the
 * custom fields by id; the form's values are text, so an untouched choice is "".
 */
export function memberFormSchema(options: MemberFieldsOptions & { customFields: readonly CustomFieldRule[] }) {
  const chosen = field.transform((value, ctx) => filled(value) ?? refuse(ctx, 'required'));
  return z
    .object({
      branchId: chosen,
      groupId: chosen,
      consultantId: z.string(),
      referrerId: z.string(),
      interestGroupIds: z.array(z.string()),
      customFields: z.record(z.string(), z.string()).superRefine((values, ctx) => {
        for (const rule of options.customFields) {
          const value = (values[rule.id] ?? '').trim();
          const problem = value ? checkCustomValue(rule, value) : rule.required ? { error: 'required' } : null;
          if (problem && 'error' in problem) {
            ctx.addIssue({ code: 'custom', path: [rule.id], message: issueMessage(problem.error, problem.params) });
          }
        }
      }),
    })
    .extend(memberFieldsSchema(options).shape);
}

export type MemberFormInput = z.input<ReturnType<typeof memberFormSchema>>;
export type MemberFormOutput = z.output<ReturnType<typeof memberFormSchema>>;
