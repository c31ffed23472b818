import { auditChanges } from '@/components/members/profile/audit-diff';
import { formFieldOf } from '@/components/members/form/server-field';
import {
  dateInTimeZone, isRealDate, isValidEmail, isValidIdCard, isValidPhone, normalizePhone, validateCustomValue, validateMemberForm,
  validateWalkIn, type CustomFieldRule, type MemberFormValues,
} from '@/components/members/form/validate';
import { centsToMoneyText, parseMoneyToCents } from '@/components/settings/money';
import { exampleNumber } from '@/components/settings/numbering-editor';
import { canonicalIdCard } from '@/services/members/identity-card';
import { canonicalPhone } from '@/services/members/member-validation';

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
  ])('%s → %s, exactly as the server decides', (phone, expected) => {
    expect(isValidPhone(phone)).toBe(expected);
    expect(canonicalPhone(phone) !== null).toBe(expected);
  });

  it('drops the separators people type', () => {
    expect(normalizePhone(' (+852) 9123-4567 ')).toBe('+85291234567');
  });
});

describe('identity cards, emails and dates', () => {
  it.each(['A123456(3)', 'a1234563', 'K123456(A)', '11010519491231002X', '1101700230705', 'A123456(4)', 'hello'])(
    '%s is accepted exactly when the server accepts it',
    (idCard) => expect(isValidIdCard(idCard)).toBe(canonicalIdCard(idCard) !== null),
  );

  it.each([
    ['susan@example.com', true],
    ['susan@example', false],
    ['susan example.com', false],
  ])('email %s → %s', (email, expected) => expect(isValidEmail(email)).toBe(expected));

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['10/06/2024', false],
  ])('date %s → %s', (date, expected) => expect(isRealDate(date)).toBe(expected));

  it('gives the date where the branch is, not in UTC', () => {
    expect(dateInTimeZone(new Date('2024-06-10T17:00:00Z'), 'Asia/Hong_Kong')).toBe('2024-06-11');
  });
});

describe('validateMemberForm', () => {
  it('accepts a complete registration', () => {
    expect(validateMemberForm(valid, [], TODAY)).toEqual({});
  });

  it('names every missing required field', () => {
    const issues = validateMemberForm({ ...valid, branchId: '', groupId: '', lastName: ' ', gender: '', phone: '' }, [], TODAY);
    expect(issues).toEqual({
      branchId: { key: 'required' },
      groupId: { key: 'required' },
      lastName: { key: 'required' },
      gender: { key: 'required' },
      phone: { key: 'required' },
    });
  });

  it.each<[Partial<MemberFormValues>, string, unknown]>([
    [{ phone: '1234' }, 'phone', { key: 'invalidPhone' }],
    [{ phone2: '99' }, 'phone2', { key: 'invalidPhone' }],
    [{ email: 'nope' }, 'email', { key: 'invalidEmail' }],
    [{ idCard: 'A123456(4)' }, 'idCard', { key: 'invalidIdCard' }],
    [{ birthday: '2024-06-11' }, 'birthday', { key: 'birthdayInFuture' }],
    [{ birthday: '2023-02-30' }, 'birthday', { key: 'invalidDate' }],
    [{ birthday: '1899-12-31' }, 'birthday', { key: 'invalidDate' }],
    [{ lastName: 'x'.repeat(51) }, 'lastName', { key: 'tooLong', params: { max: 50 } }],
    [{ englishName: 'x'.repeat(101) }, 'englishName', { key: 'tooLong', params: { max: 100 } }],
    [{ address: 'x'.repeat(256) }, 'address', { key: 'tooLong', params: { max: 255 } }],
  ])('%j → %s %j', (change, field, issue) => {
    expect(validateMemberForm({ ...valid, ...change }, [], TODAY)).toEqual({ [field]: issue });
  });

  it('accepts a birthday of today', () => {
    expect(validateMemberForm({ ...valid, birthday: TODAY }, [], TODAY)).toEqual({});
  });

  const rules: CustomFieldRule[] = [
    { id: '1', type: 'TEXT', maxLength: 5, options: [], required: true },
    { id: '2', type: 'NUMBER', maxLength: null, options: [], required: false },
    { id: '3', type: 'DATE', maxLength: null, options: [], required: false },
    { id: '4', type: 'SELECT', maxLength: null, options: ['dry', 'oily'], required: false },
  ];

  it('checks custom fields by type and files them under customFields.<id>', () => {
    const issues = validateMemberForm({ ...valid, customFields: { '1': '', '2': '1.2.3', '3': '2024-02-30', '4': 'wet' } }, rules, TODAY);
    expect(issues).toEqual({
      'customFields.1': { key: 'required' },
      'customFields.2': { key: 'notANumber' },
      'customFields.3': { key: 'invalidDate' },
      'customFields.4': { key: 'notAnOption' },
    });
    expect(validateMemberForm({ ...valid, customFields: { '1': 'abc', '2': '-4.5', '3': '2024-02-29', '4': 'oily' } }, rules, TODAY)).toEqual({});
  });

  it('limits text custom fields to their maximum, or 500 without one', () => {
    expect(validateCustomValue(rules[0], 'abcdef')).toEqual({ key: 'tooLong', params: { max: 5 } });
    expect(validateCustomValue({ ...rules[0], maxLength: null }, 'x'.repeat(501))).toEqual({ key: 'tooLong', params: { max: 500 } });
  });
});

describe('validateWalkIn', () => {
  it('needs a valid phone and a branch, nothing else', () => {
    expect(validateWalkIn({ phone: '91234567', branchId: '1' })).toEqual({});
    expect(validateWalkIn({ phone: '', branchId: '' })).toEqual({ phone: { key: 'required' }, branchId: { key: 'required' } });
    expect(validateWalkIn({ phone: '123', branchId: '1' })).toEqual({ phone: { key: 'invalidPhone' } });
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
