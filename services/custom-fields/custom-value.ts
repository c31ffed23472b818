/**
 * How a member's value of an admin-defined field is checked and stored: text within its maximum,
 * numbers plain, dates ISO, select values one of the options. Pure: the member form and the
 * server's custom-field rules use this one check.
 */
import { isCalendarDate } from '../members/member-search-rules';

/** A text field without its own maximum holds at most this many characters. */
export const CUSTOM_VALUE_MAX = 500;

/** What the check needs of a field's definition; the type in the API's case ("TEXT") or the table's ("text"). */
export type CustomValueRules = { type: string; maxLength: number | null; options: readonly string[] };

/** A non-blank value in canonical form, or the message key (and parameters) of why it is not one. */
export function checkCustomValue(
  rules: CustomValueRules,
  raw: string,
): { value: string } | { error: string; params?: Record<string, number> } {
  const value = raw.trim();
  switch (rules.type.toLowerCase()) {
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) && Number.isFinite(Number(value)) ? { value: String(Number(value)) } : { error: 'notANumber' };
    case 'date':
      return isCalendarDate(value) ? { value } : { error: 'invalidDate' };
    case 'select':
      return rules.options.includes(value) ? { value } : { error: 'notAnOption' };
    default: {
      const max = rules.maxLength ?? CUSTOM_VALUE_MAX;
      return value.length > max ? { error: 'tooLong', params: { max } } : { value };
    }
  }
}
