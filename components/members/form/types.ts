import type { CustomFieldKind } from './validate';

export type Option = { id: string; name: string };

/** A custom field as the form needs it (from the `customFields` query). */
export type CustomFieldDef = {
  id: string;
  key: string;
  label: string;
  type: CustomFieldKind;
  maxLength: number | null;
  options: string[];
  defaultValue: string | null;
  required: boolean;
};

/** A member found by the duplicate-phone check or the referrer search. */
export type MemberSummary = { id: string; memberNo: string; displayName: string; phone?: string | null; branch?: { name: string } | null };

export type MemberFormMode = 'register' | 'edit' | 'convert';
