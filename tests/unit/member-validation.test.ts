import { DomainError } from '@/services/errors/domain-error';
import { canonicalIdCard, hkidCheckDigit } from '@/services/members/identity-card';
import { validateCommentBody, validateMemberFields } from '@/services/members/member-validation';
import { canonicalPhone } from '@/services/members/phone-number';
import type { Gender } from '@/services/members/gender';

const TODAY = '2025-06-10';
const valid = { lastName: '陳', firstName: '小麗', gender: 'F' as Gender, phone: '9123 4567' };

function failure(fn: () => unknown): { field?: string; key: string; params: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, key: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('canonicalPhone', () => {
  it.each([
    ['91234567', '91234567'],
    ['2345 6789', '23456789'],
    ['+852 9123-4567', '91234567'],
    ['00852 51234567', '51234567'],
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0812345678', '0812345678'],
    ['+66 81 234 5678', '0812345678'],
    ['(+66) 91-234-5678', '0912345678'],
  ])('accepts %s as %s', (raw, expected) => expect(canonicalPhone(raw)).toBe(expected));

  it.each([
    ['1234567'], ['41234567'], ['01234567'], ['912345678'], ['12812345678'], ['0212345678'], ['+85241234567'],
    ['+1 415 555 0100'], ['abc'], [''], ['+66 21234567'],
  ])('refuses %s', (raw) => expect(canonicalPhone(raw)).toBeNull());
});

describe('canonicalIdCard', () => {
  it.each([
    ['A123456(3)', 'A123456(3)'],
    ['a1234563', 'A123456(3)'],
    ['11010519491231002X', '11010519491231002X'],
    ['1-1017-00230-70-8', '1101700230708'],
  ])('%s → %s', (raw, expected) => expect(canonicalIdCard(raw)).toBe(expected));

  it.each([['A123456(4)'], ['A12345(6)'], ['110105194912310021'], ['1101700230705'], ['hello']])('refuses %s', (raw) => {
    expect(canonicalIdCard(raw)).toBeNull();
  });

  it('accepts two-letter HKIDs with their check digit', () => {
    const check = hkidCheckDigit('XA', '987654');
    expect(canonicalIdCard(`xa987654${check}`)).toBe(`XA987654(${check})`);
  });
});

describe('validateMemberFields', () => {
  it('canonicalises a full registration and clears blank optional fields', () => {
    expect(
      validateMemberFields(
        { ...valid, idCard: 'a1234563', email: ' mandy@example.com ', birthday: '1990-06-10', phone2: ' ', englishName: '', address: '  ' },
        { today: TODAY, mode: 'create' },
      ),
    ).toEqual({
      lastName: '陳', firstName: '小麗', englishName: null, gender: 'F', idCard: 'A123456(3)', phone: '91234567', phone2: null,
      email: 'mandy@example.com', birthday: '1990-06-10', address: null, remarks: null,
    });
  });

  it('checks only the given fields of an update', () => {
    expect(validateMemberFields({ email: 'a@example.org' }, { today: TODAY, mode: 'update' })).toEqual({ email: 'a@example.org' });
  });

  it.each([
    [{ lastName: '  ' }, 'lastName', 'required'],
    [{ lastName: 'x'.repeat(51) }, 'lastName', 'tooLong'],
    [{ firstName: 'x'.repeat(51) }, 'firstName', 'tooLong'],
    [{ englishName: 'x'.repeat(101) }, 'englishName', 'tooLong'],
    [{ gender: null }, 'gender', 'required'],
    [{ gender: 'X' }, 'gender', 'notAnOption'],
    [{ idCard: 'A123456(4)' }, 'idCard', 'invalidIdCard'],
    [{ phone: '' }, 'phone', 'required'],
    [{ phone: '1234' }, 'phone', 'invalidPhone'],
    [{ phone2: '555' }, 'phone2', 'invalidPhone'],
    [{ email: 'not-an-email' }, 'email', 'invalidEmail'],
    [{ email: `${'a'.repeat(145)}@x.com` }, 'email', 'tooLong'],
    [{ birthday: '2025-02-30' }, 'birthday', 'invalidDate'],
    [{ birthday: '1899-12-31' }, 'birthday', 'invalidDate'],
    [{ birthday: '2025-06-11' }, 'birthday', 'birthdayInFuture'],
    [{ address: 'x'.repeat(256) }, 'address', 'tooLong'],
    [{ remarks: 'x'.repeat(2001) }, 'remarks', 'tooLong'],
  ])('names the field of a bad value (%#: %s)', (override, field, key) => {
    expect(failure(() => validateMemberFields({ ...valid, ...override } as never, { today: TODAY, mode: 'create' }))).toMatchObject({ field, key });
  });

  it('accepts today as a birthday', () => {
    expect(validateMemberFields({ ...valid, birthday: TODAY }, { today: TODAY, mode: 'create' }).birthday).toBe(TODAY);
  });

  it('lets a walk-in have no surname or gender', () => {
    expect(validateMemberFields({ phone: '91234567', lastName: '', gender: null }, { today: TODAY, mode: 'create', walkIn: true })).toMatchObject({
      lastName: '', gender: 'U', phone: '91234567',
    });
  });

  it('refuses to clear a required field on update', () => {
    expect(failure(() => validateMemberFields({ phone: null }, { today: TODAY, mode: 'update' }))).toMatchObject({ field: 'phone', key: 'required' });
    expect(failure(() => validateMemberFields({ lastName: null }, { today: TODAY, mode: 'update' }))).toMatchObject({ field: 'lastName', key: 'required' });
  });
});

describe('validateCommentBody', () => {
  it('trims and bounds a comment', () => {
    expect(validateCommentBody('  hello ')).toBe('hello');
    expect(failure(() => validateCommentBody('   '))).toMatchObject({ field: 'body', key: 'required' });
    expect(failure(() => validateCommentBody('x'.repeat(2001)))).toMatchObject({ field: 'body', key: 'tooLong', params: { max: 2000 } });
    expect(validateCommentBody('x'.repeat(2000))).toHaveLength(2000);
  });
});
