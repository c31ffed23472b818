/**
 * The server's side of the member input schemas (member-input.schema.ts): the first issue of a
 * refused input becomes `invalidField(<plain field name>, <key>, <params>)`, so the API names the
 * same field with the same message the form shows ("phone", "birthday", "customFields.skinType").
 */
import type { Gender } from './gender';
import { parseInput } from '../validation/parse-input';
import { commentSchema } from './member-comment-input.schema';
import { memberChangesSchema, memberFieldsSchema, type MemberFieldsOptions } from './member-input.schema';

/** The raw member fields of a registration or an update; absent (undefined) means "unchanged". */
export type MemberFieldsInput = {
  lastName?: string | null;
  firstName?: string | null;
  englishName?: string | null;
  gender?: Gender | null;
  idCard?: string | null;
  phone?: string | null;
  phone2?: string | null;
  email?: string | null;
  birthday?: string | null;
  address?: string | null;
  remarks?: string | null;
};

/** Checked fields in canonical form; only the fields the input carried. */
export type MemberFields = Partial<{
  lastName: string;
  firstName: string;
  englishName: string | null;
  gender: Gender;
  idCard: string | null;
  phone: string;
  phone2: string | null;
  email: string | null;
  birthday: string | null;
  address: string | null;
  remarks: string | null;
}>;

/**
 * Validates and canonicalises member fields; the first bad field throws. 'create' requires the
 * registration's required fields; 'update' checks only what is given. Optional fields given as
 * null or blank become null (cleared).
 */
export function validateMemberFields(input: MemberFieldsInput, options: Omit<MemberFieldsOptions, 'genders'> & { mode: 'create' | 'update' }): MemberFields {
  const schema = options.mode === 'create' ? memberFieldsSchema(options) : memberChangesSchema(options, input);
  const parsed = parseInput(schema, input);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as MemberFields;
}

/** A comment's text: 1–2,000 characters after trimming. */
export function validateCommentBody(body: string): string {
  return parseInput(commentSchema, { body }).body;
}
