import type { MemberFormCustomFieldFragment, MemberFormMemberFragment } from '@/graphql/generated/graphql';
import type { CustomFieldRule } from '@/services/members/member-input.schema';

/** A choice in one of the form's lists. */
export type Option = { id: string; name: string };

export type MemberFormMode = 'register' | 'edit' | 'convert';

/** The form's values: text as typed, an untouched choice "", custom field values by field id. */
export type MemberFormValues = {
  branchId: string;
  groupId: string;
  lastName: string;
  firstName: string;
  englishName: string;
  gender: 'FEMALE' | 'MALE' | 'UNKNOWN' | '';
  idCard: string;
  phone: string;
  phone2: string;
  email: string;
  birthday: string;
  address: string;
  consultantId: string;
  referrerId: string;
  remarks: string;
  interestGroupIds: string[];
  customFields: Record<string, string>;
};

/** The gender values of the form: the GraphQL enum's names, unknown last (a walk-in's). */
export const FORM_GENDERS = ['FEMALE', 'MALE', 'UNKNOWN'] as const;

/** The field name a custom field's value and its errors are filed under, shared with the server-error mapping. */
export const customFieldKey = (fieldId: string) => `customFields.${fieldId}`;

export const customFieldRules = (fields: readonly MemberFormCustomFieldFragment[]): CustomFieldRule[] =>
  fields.map(({ id, type, maxLength, options, required }) => ({ id, type, maxLength, options, required }));

/** The form's values for an existing member (edit, or a walk-in being converted). */
export function memberFormValues(member: MemberFormMemberFragment): MemberFormValues {
  return {
    branchId: member.branch.id,
    groupId: member.group.id,
    lastName: member.lastName,
    firstName: member.firstName,
    englishName: member.englishName ?? '',
    gender: member.gender,
    idCard: member.idCard ?? '',
    phone: member.phone ?? '',
    phone2: member.phone2 ?? '',
    email: member.email ?? '',
    birthday: member.birthday ?? '',
    address: member.address ?? '',
    consultantId: member.consultant?.id ?? '',
    referrerId: member.referrer?.id ?? '',
    remarks: member.remarks ?? '',
    interestGroupIds: member.interestGroups.map((group) => group.id),
    customFields: Object.fromEntries(member.customFieldValues.map(({ field, value }) => [field.id, value])),
  };
}

/** The calendar date (YYYY-MM-DD) at `now` in a time zone, e.g. the branch's "today". */
export function dateInTimeZone(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
