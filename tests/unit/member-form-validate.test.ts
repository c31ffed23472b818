import { auditChanges } from '@/components/members/profile/audit-diff';
import { formFieldOf } from '@/components/members/form/server-field';
import { dateInTimeZone, FORM_GENDERS, type MemberFormValues } from '@/components/members/form/member-values';
import type { Gender } from '@/services/members/gender';
import { DomainError } from '@/services/errors/domain-error';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import { exampleNumber } from '@/components/settings/numbering-editor';
import { memberFormSchema, readIssue, walkInSchema, type CustomFieldRule, type IssueParams } from '@/services/members/member-input.schema';
import { validateMemberFields } from '@/services/members/member-validation';
import { canonicalPhone, compactPhone } from '@/services/members/phone-number';

const TODAY = '2024-06-10';

const valid: MemberFormValues = {
  branchId: '1',
  groupId: '1',
  lastName: '陳',
  firstName: '小麗',
  englishName: '',
  gender: 'FEMALE',
  idCard: '',
  phone: '9123 4567',
  phone2: '',
  email: '',
  birthday: '',
  address: '',
  consultantId: '',
  referrerId: '',
  remarks: '',
  interestGroupIds: [],
  customFields: {},
};

/** Every issue of a filled-in form by field name, as the form files them (the schema's first issue per field). */
function issuesOf(values: MemberFormValues, rules: CustomFieldRule[] = [], walkIn = false): Record<string, { key: string; params: IssueParams }> {
  const result = memberFormSchema({ today: TODAY, walkIn, genders: FORM_GENDERS, customFields: rules }).safeParse(values);
  if (result.success) return {};
  const issues: Record<string, { key: string; params: IssueParams }> = {};
  for (const issue of result.error.issues) issues[issue.path.join('.')] ??= readIssue(issue.message);
  return issues;
}

/** What the server's services answer for the same member fields: field and key, or null when accepted. */
function serverRefusal(values: MemberFormValues): { field?: string; key: string } | null {
  const gender = { FEMALE: 'F', MALE: 'M', UNKNOWN: 'U', '': null }[values.gender] as Gender | null;
  try {
    validateMemberFields({ ...values, gender }, { today: TODAY, mode: 'create' });
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey };
    throw error;
  }
}

describe('phone numbers', () => {
  it.each([
    ['91234567', true],
    ['2345 6789', true],
    ['+852 6123-4567', true],
    ['13812345678', true],
    ['+86 138 1234 5678', true],
    ['0812345678', true],
    ['+66 81 234 5678', true],
    ['41234567', false],
    ['1234567', false],
    ['12812345678', false],
    ['0212345678', false],
    ['abc', false],
  ])('%s → %s, the same in the form and on the server', (phone, expected) => {
    expect(issuesOf({ ...valid, phone }).phone === undefined).toBe(expected);
    expect(serverRefusal({ ...valid, phone }) === null).toBe(expected);
    expect(canonicalPhone(phone) !== null).toBe(expected);
  });

  it('drops the separators people type', () => {
    expect(compactPhone(' (+852) 9123-4567 ')).toBe('+85291234567');
  });
});

describe('dates', () => {
  it('gives the date where the branch is, not in UTC', () => {
    expect(dateInTimeZone(new Date('2024-06-10T17:00:00Z'), 'Asia/Hong_Kong')).toBe('2024-06-11');
  });
});

describe('memberFormSchema', () => {
  it('accepts a complete registration', () => {
    expect(issuesOf(valid)).toEqual({});
  });

  it('names every missing required field', () => {
    const issues = issuesOf({ ...valid, branchId: '', groupId: '', lastName: ' ', gender: '', phone: '' });
    expect(Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, issue.key]))).toEqual({
      branchId: 'required',
      groupId: 'required',
      lastName: 'required',
      gender: 'required',
      phone: 'required',
    });
  });

  it('lets a walk-in being edited keep no surname, as the server does', () => {
    expect(issuesOf({ ...valid, lastName: '', gender: '' }, [], true)).toEqual({});
  });

  it.each<[Partial<MemberFormValues>, string, string, IssueParams]>([
    [{ phone: '1234' }, 'phone', 'invalidPhone', {}],
    [{ phone2: '99' }, 'phone2', 'invalidPhone', {}],
    [{ email: 'nope' }, 'email', 'invalidEmail', {}],
    [{ email: 'susan@example' }, 'email', 'invalidEmail', {}],
    [{ email: 'susan example.com' }, 'email', 'invalidEmail', {}],
    [{ idCard: 'A123456(4)' }, 'idCard', 'invalidIdCard', {}],
    [{ birthday: '2024-06-11' }, 'birthday', 'birthdayInFuture', {}],
    [{ birthday: '2023-02-30' }, 'birthday', 'invalidDate', {}],
    [{ birthday: '1899-12-31' }, 'birthday', 'invalidDate', {}],
    [{ lastName: 'x'.repeat(51) }, 'lastName', 'tooLong', { max: 50 }],
    [{ englishName: 'x'.repeat(101) }, 'englishName', 'tooLong', { max: 100 }],
    [{ address: 'x'.repeat(256) }, 'address', 'tooLong', { max: 255 }],
    [{ remarks: 'x'.repeat(2001) }, 'remarks', 'tooLong', { max: 2000 }],
  ])('%j → %s %s %j, and the server refuses it with the same field and key', (change, field, key, params) => {
    expect(issuesOf({ ...valid, ...change })).toEqual({ [field]: { key, params } });
    expect(serverRefusal({ ...valid, ...change })).toEqual({ field, key });
  });

  it.each(['A123456(3)', 'a1234563', '11010519491231002X', 'susan@example.com', '2024-02-29'])('accepts %s where the server does', (value) => {
    const change = value.includes('@') ? { email: value } : value.startsWith('20') ? { birthday: value } : { idCard: value };
    expect(issuesOf({ ...valid, ...change })).toEqual({});
    expect(serverRefusal({ ...valid, ...change })).toBeNull();
  });

  it('accepts a birthday of today', () => {
    expect(issuesOf({ ...valid, birthday: TODAY })).toEqual({});
  });

  const rules: CustomFieldRule[] = [
    { id: '1', type: 'TEXT', maxLength: 5, options: [], required: true },
    { id: '2', type: 'NUMBER', maxLength: null, options: [], required: false },
    { id: '3', type: 'DATE', maxLength: null, options: [], required: false },
    { id: '4', type: 'SELECT', maxLength: null, options: ['dry', 'oily'], required: false },
  ];

  it('checks custom fields by type and files them under customFields.<id>', () => {
    const issues = issuesOf({ ...valid, customFields: { '1': '', '2': '1.2.3', '3': '2024-02-30', '4': 'wet' } }, rules);
    expect(issues).toEqual({
      'customFields.1': { key: 'required', params: {} },
      'customFields.2': { key: 'notANumber', params: {} },
      'customFields.3': { key: 'invalidDate', params: {} },
      'customFields.4': { key: 'notAnOption', params: {} },
    });
    expect(issuesOf({ ...valid, customFields: { '1': 'abc', '2': '-4.5', '3': '2024-02-29', '4': 'oily' } }, rules)).toEqual({});
  });

  it('limits text custom fields to their maximum, or 500 without one', () => {
    expect(issuesOf({ ...valid, customFields: { '1': 'abcdef' } }, rules)).toEqual({ 'customFields.1': { key: 'tooLong', params: { max: 5 } } });
    expect(issuesOf({ ...valid, customFields: { '1': 'x'.repeat(501) } }, [{ ...rules[0], maxLength: null }])).toEqual({
      'customFields.1': { key: 'tooLong', params: { max: 500 } },
    });
  });
});

describe('walkInSchema', () => {
  it('needs a valid phone and a branch, nothing else', () => {
    const keys = (values: { phone: string; branchId: string }) => {
      const result = walkInSchema.safeParse(values);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), readIssue(i.message).key]));
    };
    expect(walkInSchema.parse({ phone: '+852 9123 4567', branchId: '1' })).toEqual({ phone: '91234567', branchId: '1' });
    expect(keys({ phone: '', branchId: '' })).toEqual({ phone: 'required', branchId: 'required' });
    expect(keys({ phone: '123', branchId: '1' })).toEqual({ phone: 'invalidPhone' });
  });
});

describe('formFieldOf', () => {
  it.each([
    ['phone', 'phone'],
    ['input.email', 'email'],
    ['customFields.skinType', 'customFields.7'],
    ['customFields.unknown', 'customFields.unknown'],
    ['customFields', null],
    [null, null],
  ])('server field %s → form control %s', (server, expected) => {
    expect(formFieldOf(server, { skinType: '7' })).toBe(expected);
  });
});

describe('auditChanges', () => {
  it('lists changed fields with their values before and after', () => {
    expect(auditChanges('{"phone":"91234567","groupId":1}', '{"phone":"98765432","groupId":1,"email":"a@b.co"}')).toEqual([
      { field: 'phone', before: '91234567', after: '98765432' },
      { field: 'email', before: null, after: 'a@b.co' },
    ]);
  });

  it('reads a creation (no before) and a deletion (no after)', () => {
    expect(auditChanges(null, '{"memberNo":"A123"}')).toEqual([{ field: 'memberNo', before: null, after: 'A123' }]);
    expect(auditChanges('{"deletedAt":null}', '{"deletedAt":"2024-06-10T01:00:00Z"}')).toEqual([
      { field: 'deletedAt', before: null, after: '2024-06-10T01:00:00Z' },
    ]);
  });

  it('shows lists and survives text that is not JSON', () => {
    expect(auditChanges('{"interestGroupIds":[1]}', '{"interestGroupIds":[1,2]}')).toEqual([{ field: 'interestGroupIds', before: '1', after: '1, 2' }]);
    expect(auditChanges(null, 'not json')).toEqual([{ field: 'value', before: null, after: 'not json' }]);
  });
});

describe('settings helpers', () => {
  it.each([
    ['12000', 1_200_000],
    ['12,000', 1_200_000],
    ['1500.5', 150_050],
    ['HK$ 99.99', 9_999],
    ['0', 0],
    ['-5', null],
    ['1.234', null],
    ['abc', null],
  ])('money %s → %s cents', (text, cents) => expect(parseMoneyToCents(text)).toBe(cents));

  it('writes cents back as an editable amount', () => {
    expect(centsToMoneyText(1_200_000)).toBe('12000');
    expect(centsToMoneyText(150_050)).toBe('1500.50');
  });

  it('shows the next number of a numbering rule', () => {
    expect(exampleNumber('A', 3, 12)).toBe('A012');
    expect(exampleNumber('WeM-', 5, 4)).toBe('WeM-00004');
    expect(exampleNumber('K', 6, 1234567)).toBe('K1234567');
  });
});
