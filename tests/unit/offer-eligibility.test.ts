import { coversDepartment, failedConditions, needsMember, withinBirthdayWindow, type OfferRules, type OfferSale } from '../../services/offers/offer-eligibility';

const open: OfferRules = {
  active: true,
  validFrom: null,
  validTo: null,
  branchIds: null,
  memberGroupIds: null,
  interestGroupIds: null,
  departmentIds: null,
  birthdayMonthsBefore: null,
  birthdayMonthsAfter: null,
  perMemberLimit: null,
};

const member = { groupId: 1, interestGroupIds: [7], birthday: '1990-06-15', uses: 0 };
const sale = (overrides: Partial<OfferSale> = {}): OfferSale => ({ date: '2026-06-10', branchId: 3, member, lineDepartmentIds: [20, null], ...overrides });

describe('failedConditions', () => {
  it('passes an offer without conditions for a member and a walk-in', () => {
    expect(failedConditions(open, sale())).toEqual([]);
    expect(failedConditions(open, sale({ member: null }))).toEqual([]);
  });

  it('INACTIVE: a switched-off offer', () => {
    expect(failedConditions({ ...open, active: false }, sale())).toEqual(['INACTIVE']);
  });

  it.each([
    ['2026-06-10', '2026-06-10', []],
    ['2026-06-11', null, ['PERIOD']],
    [null, '2026-06-09', ['PERIOD']],
    ['2026-06-01', '2026-06-30', []],
  ])('PERIOD: from %s to %s, both days inclusive', (validFrom, validTo, expected) => {
    expect(failedConditions({ ...open, validFrom, validTo }, sale())).toEqual(expected);
  });

  it('BRANCH: only the listed branches', () => {
    expect(failedConditions({ ...open, branchIds: [3, 4] }, sale())).toEqual([]);
    expect(failedConditions({ ...open, branchIds: [4] }, sale())).toEqual(['BRANCH']);
  });

  it('MEMBER_REQUIRED: a walk-in cannot meet member conditions or a use limit', () => {
    for (const rules of [{ memberGroupIds: [1] }, { interestGroupIds: [7] }, { birthdayMonthsBefore: 0, birthdayMonthsAfter: 0 }, { perMemberLimit: 1 }]) {
      const offer = { ...open, ...rules };
      expect(needsMember(offer)).toBe(true);
      expect(failedConditions(offer, sale({ member: null }))).toEqual(['MEMBER_REQUIRED']);
    }
    expect(needsMember({ ...open, branchIds: [3], departmentIds: [20] })).toBe(false);
  });

  it('MEMBER_GROUP: the member level must be listed', () => {
    expect(failedConditions({ ...open, memberGroupIds: [1, 2] }, sale())).toEqual([]);
    expect(failedConditions({ ...open, memberGroupIds: [2] }, sale())).toEqual(['MEMBER_GROUP']);
  });

  it('INTEREST_GROUP: one of her interest groups must be listed', () => {
    expect(failedConditions({ ...open, interestGroupIds: [5, 7] }, sale())).toEqual([]);
    expect(failedConditions({ ...open, interestGroupIds: [5] }, sale())).toEqual(['INTEREST_GROUP']);
    expect(failedConditions({ ...open, interestGroupIds: [5] }, sale({ member: { ...member, interestGroupIds: [] } }))).toEqual(['INTEREST_GROUP']);
  });

  it('BIRTHDAY: the sale month within the window; unknown birthday fails', () => {
    const birthday = { ...open, birthdayMonthsBefore: 0, birthdayMonthsAfter: 0 };
    expect(failedConditions(birthday, sale())).toEqual([]);
    expect(failedConditions(birthday, sale({ date: '2026-07-01' }))).toEqual(['BIRTHDAY']);
    expect(failedConditions(birthday, sale({ member: { ...member, birthday: null } }))).toEqual(['BIRTHDAY']);
    expect(failedConditions({ ...open, birthdayMonthsAfter: 1 }, sale({ date: '2026-07-31' }))).toEqual([]);
  });

  it('DEPARTMENT: the bill must hold an item of a listed department', () => {
    expect(failedConditions({ ...open, departmentIds: [20] }, sale())).toEqual([]);
    expect(failedConditions({ ...open, departmentIds: [21] }, sale())).toEqual(['DEPARTMENT']);
    expect(failedConditions({ ...open, departmentIds: [21] }, sale({ lineDepartmentIds: [] }))).toEqual(['DEPARTMENT']);
  });

  it('USE_LIMIT: refused once she used it as often as allowed', () => {
    expect(failedConditions({ ...open, perMemberLimit: 2 }, sale({ member: { ...member, uses: 1 } }))).toEqual([]);
    expect(failedConditions({ ...open, perMemberLimit: 2 }, sale({ member: { ...member, uses: 2 } }))).toEqual(['USE_LIMIT']);
  });

  it('names every failed condition in the manual\'s order', () => {
    const strict: OfferRules = { ...open, active: false, validTo: '2026-01-01', branchIds: [9], memberGroupIds: [9], interestGroupIds: [9], departmentIds: [9], birthdayMonthsBefore: 0, birthdayMonthsAfter: 0, perMemberLimit: 1 };
    expect(failedConditions(strict, sale({ date: '2026-03-01', member: { ...member, uses: 1 } }))).toEqual([
      'INACTIVE', 'PERIOD', 'BRANCH', 'MEMBER_GROUP', 'INTEREST_GROUP', 'BIRTHDAY', 'DEPARTMENT', 'USE_LIMIT',
    ]);
    expect(failedConditions(strict, sale({ date: '2026-03-01', member: null }))).toEqual(['INACTIVE', 'PERIOD', 'BRANCH', 'MEMBER_REQUIRED', 'DEPARTMENT']);
  });
});

describe('withinBirthdayWindow', () => {
  it.each([
    [6, 6, 0, 0, true],
    [5, 6, 0, 0, false],
    [5, 6, 1, 0, true],
    [4, 6, 1, 0, false],
    [8, 6, 0, 2, true],
    [9, 6, 0, 2, false],
    // Wrapping the year: December is one month before January, February one after December.
    [12, 1, 1, 0, true],
    [11, 1, 1, 0, false],
    [2, 12, 0, 2, true],
    [1, 12, 0, 1, true],
    [3, 12, 0, 2, false],
    [7, 1, null, 6, true],
    [1, 6, 5, null, true],
    [12, 6, 5, 5, false],
    [12, 6, 6, 0, true],
  ])('sale month %i, birth month %i, %s before, %s after → %s', (saleMonth, birthMonth, before, after, expected) => {
    expect(withinBirthdayWindow(saleMonth, birthMonth, before, after)).toBe(expected);
  });
});

describe('coversDepartment', () => {
  it('covers every line when no department is set, else only listed ones', () => {
    expect(coversDepartment(null, null)).toBe(true);
    expect(coversDepartment([1], 1)).toBe(true);
    expect(coversDepartment([1], 2)).toBe(false);
    expect(coversDepartment([1], null)).toBe(false);
  });
});
