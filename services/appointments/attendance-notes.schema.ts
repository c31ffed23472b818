/**
 * The one rule for the notes staff write on an appointment board (出席 / 驗證 / 購買備註): the
 * board's note cell checks with it and the attendance service parses with it, so both refuse the
 * same note with the same message. Pure: zod only; issues are worded as
 * services/validation/schema-issues.ts says.
 */
import { z } from 'zod';
import { refuse } from '../validation/schema-issues';

export const ATTENDANCE_NOTE_MAX = 500;

/** A note: trimmed, at most 500 characters as people count them (a code point each, as MySQL does); null clears it. */
export const attendanceNote = z
  .string()
  .nullable()
  .transform((value, ctx) => {
    const text = (value ?? '').trim();
    return Array.from(text).length > ATTENDANCE_NOTE_MAX ? refuse(ctx, 'tooLong', { max: ATTENDANCE_NOTE_MAX }) : text;
  });

/** The notes of one change: a note left out stays as it is. */
export const appointmentNotesSchema = z.object({
  attendanceNote: attendanceNote.optional(),
  verificationNote: attendanceNote.optional(),
  purchaseNote: attendanceNote.optional(),
});
