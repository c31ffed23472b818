/**
 * The one set of rules for what staff type when booking or rescheduling an appointment: the
 * booking review and the appointment editor check with these schemas and the booking service
 * parses with them, so both refuse the same values with the same message. Pure: zod only. Issues
 * are worded as services/validation/schema-issues.ts says. Whether the beautician, room or slot
 * is free is the service's check (it needs the database), as is what the booking needs
 * (requirement.service.ts).
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';

export const BOOKING_LIMITS = { note: 500 } as const;

/** The booking note: trimmed, at most 500 characters as people count them (a code point each), the way MySQL's varchar(500) does. */
export const bookingNote = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    const text = (value ?? '').trim();
    return Array.from(text).length > BOOKING_LIMITS.note ? refuse(ctx, 'tooLong', { max: BOOKING_LIMITS.note }) : text;
  });

/** The start of the treatment; the forms give an invalid Date for a date or time left empty or that does not exist. */
const isInstant = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const startsAt = z.unknown().transform((value, ctx) => (isInstant(value) ? value : refuse(ctx, 'invalidDateTime')));

/** A new start, or none (null or left out) to keep the one it has. */
const newStart = z.unknown().transform((value, ctx) => (value == null ? undefined : isInstant(value) ? value : refuse(ctx, 'invalidDateTime')));

/** A new appointment's typed values: when and the note. */
export const bookingSchema = z.object({ startsAt, note: bookingNote });

/**
 * Changes to a booked appointment: a left-out field stays, so only the version is required; the
 * beautician may be changed but not removed.
 */
export const appointmentChangesSchema = z.object({
  startsAt: newStart,
  beauticianId: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value, ctx) => (value === null || value === '' ? refuse(ctx, 'required') : value)),
  note: bookingNote.optional(),
  version: z.unknown().transform((value, ctx) => (Number.isInteger(value) ? (value as number) : refuse(ctx, 'required'))),
});
