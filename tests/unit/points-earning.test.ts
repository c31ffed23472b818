import {
  isoWeekday, pointsEarning, referralReversal, referralShare, returnedLinePoints, type EarningContext, type EarningLine, type EarningRule,
} from '../../services/loyalty/points-earning';

const rule = (overrides: Partial<EarningRule>): EarningRule => ({
  code: 'R', name: 'Rule', active: true, effect: 'MULTIPLY', multiplierBasisPoints: 20000, pointsPer100: 0, priority: 0,
  branchIds: null, memberGroupIds: null, productIds: null, treatmentIds: null, categoryIds: null, departmentIds: null,
  weekdays: null, birthdayMonthOnly: false, validFrom: null, validTo: null, ...overrides,
});

const line = (overrides: Partial<EarningLine>): EarningLine => ({
  position: 1, code: 'P1', description: 'Shampoo', kind: 'PRODUCT', itemId: 1, categoryId: 5, departmentId: 9, totalCents: 120000, ...overrides,
});

// 2026-12-07 is a Monday.
const ctx = (overrides: Partial<EarningContext> = {}): EarningContext => ({
  branchId: 1, localDate: '2026-12-07', level: { id: 2, name: 'Gold', pointsPer100: 2 }, birthMonth: 3, ...overrides,
});

describe('pointsEarning', () => {
  const cases: Array<{ name: string; lines: EarningLine[]; rules: EarningRule[]; ctx?: Partial<EarningContext>; points: number[]; multiplier?: number; rate?: number }> = [
    { name: 'the level rate without rules: $1,200 × 2 per $100', lines: [line({})], rules: [], points: [24] },
    { name: 'birthday month doubles in her month', lines: [line({})], rules: [rule({ code: 'BDAY2', birthdayMonthOnly: true })], ctx: { birthMonth: 12 }, points: [48], multiplier: 20000 },
    { name: 'birthday month rule idle outside her month', lines: [line({})], rules: [rule({ birthdayMonthOnly: true })], points: [24], multiplier: 10000 },
    { name: 'birthday month rule idle without a birthday', lines: [line({})], rules: [rule({ birthdayMonthOnly: true })], ctx: { birthMonth: null }, points: [24] },
    { name: 'multipliers multiply: ×2 and ×1.5 make ×3', lines: [line({})], rules: [rule({ code: 'A' }), rule({ code: 'B', multiplierBasisPoints: 15000 })], points: [72], multiplier: 30000 },
    { name: 'REPLACE: the highest priority wins', lines: [line({})], rules: [rule({ code: 'LOW', effect: 'REPLACE', pointsPer100: 5, priority: 1 }), rule({ code: 'HIGH', effect: 'REPLACE', pointsPer100: 3, priority: 9 })], points: [36], rate: 3 },
    { name: 'REPLACE and MULTIPLY together', lines: [line({})], rules: [rule({ effect: 'REPLACE', pointsPer100: 3 }), rule({ code: 'X2' })], points: [72], rate: 3, multiplier: 20000 },
    { name: 'inactive rule ignored', lines: [line({})], rules: [rule({ active: false })], points: [24] },
    { name: 'other branch', lines: [line({})], rules: [rule({ branchIds: [7] })], points: [24] },
    { name: 'this branch', lines: [line({})], rules: [rule({ branchIds: [7, 1] })], points: [48] },
    { name: 'other level', lines: [line({})], rules: [rule({ memberGroupIds: [3] })], points: [24] },
    { name: 'before the period', lines: [line({})], rules: [rule({ validFrom: '2026-12-08' })], points: [24] },
    { name: 'the period\'s last day', lines: [line({})], rules: [rule({ validFrom: '2026-12-01', validTo: '2026-12-07' })], points: [48] },
    { name: 'after the period', lines: [line({})], rules: [rule({ validTo: '2026-12-06' })], points: [24] },
    { name: 'weekday matches (Monday)', lines: [line({})], rules: [rule({ weekdays: [1] })], points: [48] },
    { name: 'weekday does not match', lines: [line({})], rules: [rule({ weekdays: [6, 7] })], points: [24] },
    {
      name: 'item lists: a product rule leaves the treatment at the level rate',
      lines: [line({}), line({ position: 2, kind: 'TREATMENT', itemId: 1, categoryId: null, departmentId: 4, totalCents: 50000 })],
      rules: [rule({ productIds: [1] })],
      points: [48, 10],
    },
    {
      name: 'item lists are a union: product category or department',
      lines: [line({ categoryId: 6, departmentId: 9 }), line({ position: 2, kind: 'TREATMENT', itemId: 3, categoryId: null, departmentId: 4, totalCents: 50000 }), line({ position: 3, categoryId: 8, departmentId: 1, totalCents: 10000 })],
      rules: [rule({ categoryIds: [6], departmentIds: [4] })],
      points: [48, 20, 2],
    },
    { name: 'a treatment rule does not match a product of the same id', lines: [line({})], rules: [rule({ treatmentIds: [1] })], points: [24] },
    {
      name: 'rounding is down: 3 × $0.50 at 1 point per $100 earn nothing',
      lines: [line({ totalCents: 50 }), line({ position: 2, totalCents: 50 }), line({ position: 3, totalCents: 50 })],
      rules: [],
      ctx: { level: { id: 2, name: 'Gold', pointsPer100: 1 } },
      points: [0, 0, 0],
    },
    {
      name: 'cumulative rounding gives the small lines the invoice\'s point',
      lines: [line({ totalCents: 6000 }), line({ position: 2, totalCents: 6000 })],
      rules: [],
      ctx: { level: { id: 2, name: 'Gold', pointsPer100: 1 } },
      points: [0, 1],
    },
    { name: 'a free line earns nothing', lines: [line({ totalCents: 0 })], rules: [rule({})], points: [0] },
    { name: 'a level without points earns nothing even doubled', lines: [line({})], rules: [rule({})], ctx: { level: { id: 2, name: 'Basic', pointsPer100: 0 } }, points: [0] },
  ];

  it.each(cases)('$name', ({ lines, rules, ctx: overrides, points, multiplier, rate }) => {
    const earning = pointsEarning(lines, rules, ctx(overrides));
    expect(earning.linePoints).toEqual(points);
    expect(earning.points).toBe(points.reduce((a, b) => a + b, 0));
    expect(earning.basis.lines.map((l) => l.points)).toEqual(points);
    if (multiplier !== undefined) expect(earning.basis.lines[0].multiplierBasisPoints).toBe(multiplier);
    if (rate !== undefined) expect(earning.basis.lines[0].pointsPer100).toBe(rate);
  });

  it('records the rules that applied, the replacing one first, and the level', () => {
    const earning = pointsEarning([line({})], [rule({ code: 'X2', name: 'Double' }), rule({ code: 'R5', name: 'Five', effect: 'REPLACE', pointsPer100: 5 })], ctx());
    expect(earning.basis).toMatchObject({ kind: 'EARN', levelId: 2, levelName: 'Gold', levelPointsPer100: 2 });
    expect(earning.basis.lines[0]).toMatchObject({ position: 1, code: 'P1', amountCents: 120000, pointsPer100: 5, multiplierBasisPoints: 20000, points: 120 });
    expect(earning.basis.lines[0].rules).toEqual([{ code: 'R5', name: 'Five', effect: 'REPLACE' }, { code: 'X2', name: 'Double', effect: 'MULTIPLY' }]);
  });

  it('stays exact for the largest bill', () => {
    const earning = pointsEarning([line({ totalCents: 2_147_483_647 })], [rule({ multiplierBasisPoints: 100_000 })], ctx({ level: { id: 2, name: 'G', pointsPer100: 1000 } }));
    expect(earning.points).toBe(Math.floor((2_147_483_647 / 10_000) * 1000 * 10));
  });
});

describe('isoWeekday', () => {
  it.each([['2026-12-07', 1], ['2026-12-12', 6], ['2026-12-13', 7]])('%s is %i', (date, day) => expect(isoWeekday(date)).toBe(day));
});

describe('returnedLinePoints', () => {
  it.each([
    { linePoints: 10, quantity: 3, before: 0, returning: 1, back: 3 },
    { linePoints: 10, quantity: 3, before: 1, returning: 1, back: 3 },
    { linePoints: 10, quantity: 3, before: 2, returning: 1, back: 4 },
    { linePoints: 10, quantity: 3, before: 0, returning: 3, back: 10 },
    { linePoints: 7, quantity: 1, before: 0, returning: 1, back: 7 },
    { linePoints: 0, quantity: 2, before: 0, returning: 2, back: 0 },
  ])('$returning of $quantity after $before gives back $back of $linePoints', ({ linePoints, quantity, before, returning, back }) => {
    expect(returnedLinePoints(linePoints, quantity, before, returning)).toBe(back);
  });
});

describe('referral', () => {
  it('takes the share rounded down', () => {
    expect(referralShare(480, 1000)).toBe(48);
    expect(referralShare(19, 1000)).toBe(1);
    expect(referralShare(9, 1000)).toBe(0);
  });
  it('gives the share back with hers, all of it when all of hers comes back', () => {
    expect(referralReversal(48, 480, 0, 240)).toBe(24);
    expect(referralReversal(5, 59, 0, 20) + referralReversal(5, 59, 20, 59)).toBe(5);
    expect(referralReversal(5, 0, 0, 0)).toBe(0);
  });
});
