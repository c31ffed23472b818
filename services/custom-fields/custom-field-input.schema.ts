/**
 * The one set of rules for the definition of an admin-defined member field: the custom fields
 * editor checks with this schema and the custom field service parses with it (parseInput), so
 * both refuse the same definition with the same message. Pure: zod only.
 */
import { z } from 'zod';
import { issueMessage, refuse, type IssueParams } from '../validation/schema-issues';
import { requiredText } from '../validation/text-fields';
import { CUSTOM_FIELD_LIMITS, type CustomFieldDefinition, type CustomFieldKind } from './custom-field-rules';
import { checkCustomValue } from './custom-value';

const L = CUSTOM_FIELD_LIMITS;
const KINDS: readonly string[] = ['text', 'number', 'date', 'select'] satisfies CustomFieldKind[];

/** A refusal that depends on the type names the field it is about, as the API always has. */
function refuseField(ctx: z.RefinementCtx, field: string, key: string, params?: IssueParams): never {
  ctx.addIssue({ code: 'custom', path: [field], message: issueMessage(key, params) });
  return z.NEVER;
}

/**
 * Key of letters, digits and "_" starting with a letter (up to 50); label 1–100; text fields a
 * maximum length 1–500 (500 when not given; other types none); select fields 1–100 distinct
 * options of up to 100 characters; a default that is itself a valid value. The type in the API's
 * case (TEXT) or the table's (text).
 */
export const customFieldSchema = z
  .object({
    key: requiredText(L.key).transform((key, ctx) => (/^[A-Za-z][A-Za-z0-9_]*$/.test(key) ? key : refuse(ctx, 'invalidKey'))),
    label: requiredText(L.label),
    type: z
      .unknown()
      .optional()
      .transform((value, ctx): CustomFieldKind => {
        const kind = typeof value === 'string' ? value.toLowerCase() : '';
        return KINDS.includes(kind) ? (kind as CustomFieldKind) : refuse(ctx, 'notAnOption');
      }),
    maxLength: z.unknown().optional(),
    options: z.array(z.string()).nullish(),
    defaultValue: z.string().nullish(),
    required: z.boolean().nullish(),
    sortOrder: z
      .unknown()
      .optional()
      .transform((value, ctx): number => {
        if (value === null || value === undefined) return 0;
        return typeof value === 'number' && Number.isInteger(value) ? value : refuse(ctx, 'notANumber');
      }),
    active: z.boolean().nullish(),
  })
  .transform((input, ctx): CustomFieldDefinition => {
    let maxLength: number | null = null;
    if (input.type === 'text') {
      const given = input.maxLength ?? L.maxLength;
      if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > L.maxLength) {
        return refuseField(ctx, 'maxLength', 'outOfRange', { min: 1, max: L.maxLength });
      }
      maxLength = given;
    }
    let options: string[] = [];
    if (input.type === 'select') {
      options = [...new Set((input.options ?? []).map((o) => o.trim()).filter(Boolean))];
      if (options.length === 0) return refuseField(ctx, 'options', 'optionsRequired');
      if (options.length > L.options) return refuseField(ctx, 'options', 'outOfRange', { min: 1, max: L.options });
      if (options.some((o) => o.length > L.option)) return refuseField(ctx, 'options', 'tooLong', { max: L.option });
    }
    let defaultValue: string | null = null;
    if (input.defaultValue?.trim()) {
      const result = checkCustomValue({ type: input.type, maxLength, options }, input.defaultValue);
      if ('error' in result) return refuseField(ctx, 'defaultValue', result.error, result.params);
      defaultValue = result.value;
    }
    return {
      key: input.key, label: input.label, type: input.type, maxLength, options, defaultValue,
      required: input.required ?? false, sortOrder: input.sortOrder, active: input.active ?? true,
    };
  });
