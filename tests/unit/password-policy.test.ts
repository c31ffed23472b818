import { passwordExpired, passwordProblemParams, passwordProblems, PASSWORD_MAX_BYTES, type PasswordPolicy } from '../../services/admin/password-policy';

const policy = (overrides: Partial<PasswordPolicy> = {}): PasswordPolicy => ({
  minLength: 8,
  requireLettersAndDigits: true,
  requireMixedCase: false,
  expiryDays: null,
  ...overrides,
});

describe('passwordProblems', () => {
  it.each([
    ['abcd1234', policy(), []],
    ['abc123', policy(), ['passwordTooShort']],
    ['abcdefgh', policy(), ['passwordNeedsDigit']],
    ['12345678', policy(), ['passwordNeedsLetter']],
    ['', policy(), ['passwordTooShort', 'passwordNeedsLetter', 'passwordNeedsDigit']],
    ['12345678', policy({ requireLettersAndDigits: false }), []],
    ['abcd1234', policy({ requireMixedCase: true }), ['passwordNeedsMixedCase']],
    ['ABCD1234', policy({ requireMixedCase: true }), ['passwordNeedsMixedCase']],
    ['Abcd1234', policy({ requireMixedCase: true }), []],
    [' abcd1234', policy(), ['passwordBlankEdges']],
    ['abcd1234 ', policy(), ['passwordBlankEdges']],
    ['abc def 123', policy(), []],
    ['a1'.repeat(40), policy(), ['passwordTooLong']],
    ['a1b2', policy({ minLength: 4 }), []],
  ] as const)('%j under %j → %j', (password, rules, expected) => {
    expect(passwordProblems(rules, password)).toEqual(expected);
  });

  it('counts characters as people see them, letters and digits of any script', () => {
    // Four Thai letters and four Thai digits: 8 characters, a letter and a digit.
    expect(passwordProblems(policy(), 'สวัสดี๑๒')).toEqual([]);
    expect(passwordProblems(policy(), '密碼密碼1234')).toEqual([]);
    // Seven emoji are 14 UTF-16 units but seven characters.
    expect(passwordProblems(policy({ requireLettersAndDigits: false }), '😀'.repeat(7))).toEqual(['passwordTooShort']);
  });

  it('refuses what bcrypt would cut, counting bytes', () => {
    expect(passwordProblems(policy(), 'a1'.repeat(PASSWORD_MAX_BYTES / 2))).toEqual([]);
    // 24 three-byte characters and a digit: 25 characters, 73 bytes.
    expect(passwordProblems(policy(), `${'密'.repeat(24)}1`)).toEqual(['passwordTooLong']);
  });

  it('gives the parameters every message needs', () => {
    expect(passwordProblemParams(policy({ minLength: 10 }))).toEqual({ min: 10, max: PASSWORD_MAX_BYTES });
  });
});

describe('passwordExpired', () => {
  const set = new Date('2026-01-01T00:00:00Z');
  const days = (n: number) => new Date(set.getTime() + n * 86_400_000);

  it('never expires without an expiry, even with no change date', () => {
    expect(passwordExpired(policy(), set, days(10_000))).toBe(false);
    expect(passwordExpired(policy(), null, days(1))).toBe(false);
  });

  it('expires exactly when the days have passed', () => {
    const rules = policy({ expiryDays: 90 });
    expect(passwordExpired(rules, set, days(89.99))).toBe(false);
    expect(passwordExpired(rules, set, days(90))).toBe(true);
  });

  it('does not expire a password whose change date is unknown', () => {
    expect(passwordExpired(policy({ expiryDays: 1 }), null, days(10_000))).toBe(false);
  });
});
