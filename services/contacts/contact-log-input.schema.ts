/**
 * The one set of rules for a contact log as staff type it: the contact page's log form checks
 * with this schema and the contact log service parses with it, so both refuse the same values
 * with the same message. Pure: zod only; `now` is passed in. Issues are worded as
 * services/validation/schema-issues.ts says. Whether the method and status exist and are active is
 * the service's check (it needs the database).
 */
import { z } from 'zod';
import { issueMessage, refuse } from '../validation/schema-issues';

export const CONTACT_LOG_LIMITS = { note: 500, content: 500, closingNote: 500 } as const;

/** A contact may be logged ahead of time (a call planned for tomorrow morning), but no further. */
export const MAX_CONTACTED_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Characters as people count them (a code point each), the way MySQL's varchar(500) does. */
export function textLength(text: string): number {
  return Array.from(text).length;
}

function bounded(max: number) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      const text = (value ?? '').trim();
      return textLength(text) > max ? refuse(ctx, 'tooLong', { max }) : text;
    });
}

/** An instant; the form gives an invalid Date for a date and time that do not exist. */
const instant = z.custom<Date>((value) => value instanceof Date).transform((value, ctx) => (Number.isNaN(value.getTime()) ? refuse(ctx, 'invalidDateTime') : value));

/** A chosen method or status: the form's id text, the service's number. */
const choice = z.union([z.string(), z.number()]).nullish().transform((value, ctx) => (value === '' || value == null ? refuse(ctx, 'required') : value));

/**
 * A log's values: the contact time at most a day ahead of `now`, method and status chosen, note
 * and content at most 500 characters (trimmed), the next follow-up, if any, not before the contact.
 */
export function contactLogSchema(now: Date) {
  return z
    .object({
      contactedAt: instant.refine((at) => at.getTime() <= now.getTime() + MAX_CONTACTED_AHEAD_MS, { message: issueMessage('tooFarAhead') }),
      methodId: choice,
      statusId: choice,
      note: bounded(CONTACT_LOG_LIMITS.note),
      content: bounded(CONTACT_LOG_LIMITS.content),
      nextFollowUpAt: instant.nullable(),
    })
    .refine((log) => !log.nextFollowUpAt || log.nextFollowUpAt.getTime() >= log.contactedAt.getTime(), {
      path: ['nextFollowUpAt'],
      message: issueMessage('beforeContactedAt'),
      // Checked as soon as both instants are good, whatever else is wrong, so the form shows it with the rest.
      when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === 'contactedAt' || issue.path?.[0] === 'nextFollowUpAt'),
    });
}

/** The closing note of "end follow-up": required, at most 500 characters. */
export const closingNoteSchema = z.object({
  closingNote: bounded(CONTACT_LOG_LIMITS.closingNote).transform((note, ctx) => note || refuse(ctx, 'required')),
});
