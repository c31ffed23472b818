import { addMovements, movementFigures, NO_MOVEMENTS, periodKey, sortExpiryBuckets, type KindSums } from '../../services/loyalty/loyalty-reports';
import { LOYALTY_REPORT_TABS, loyaltyExportHref, loyaltyHref, movementsFilter, parseLoyaltyReport } from '../../components/reports/loyalty/loyalty-reports-params';

const sums = (s: Partial<KindSums>): KindSums => ({ earned: 0, earnReversed: 0, referral: 0, referralReversed: 0, adjustedIn: 0, adjustedOut: 0, redeem: 0, expire: 0, reverse: 0, ...s });

describe('movementFigures', () => {
  it.each([
    ['earnings and referral shares are issued', sums({ earned: 1200, referral: 120 }), { issued: 1320, earned: 1200, referral: 120, net: 1320 }],
    ['a hand adjustment counts in or out by its sign', sums({ adjustedIn: 50, adjustedOut: -30 }), { issued: 50, adjustedIn: 50, adjustedOut: 30, net: 20 }],
    ['a cancelled redemption nets against the redemptions', sums({ redeem: -300 + 100 }), { redeemed: 200, net: -200 }],
    ['returns, voids and negative earnings or shares are reversed', sums({ reverse: -40, earnReversed: -10, referralReversed: -4 }), { reversed: 54, net: -54 }],
    ['expiry', sums({ expire: -75 }), { expired: 75, net: -75 }],
  ])('%s', (_, input, expected) => {
    const figures = movementFigures(input);
    expect(figures).toEqual({ ...NO_MOVEMENTS, ...expected });
    // The identity the report promises: what came in less what went out is the sum of the entries.
    const entrySum = Object.values(input).reduce((s, n) => s + n, 0);
    expect(figures.issued - figures.redeemed - figures.expired - figures.reversed - figures.adjustedOut).toBe(entrySum);
    expect(figures.net).toBe(entrySum);
  });

  it('gives 0, not −0, for an empty sum', () => {
    expect(Object.is(movementFigures(sums({})).redeemed, 0)).toBe(true);
  });

  it('adds only the figures of two rows', () => {
    const row = { ...movementFigures(sums({ earned: 10 })), period: '2026-06', branchId: 3 };
    expect(addMovements(row, movementFigures(sums({ expire: -4 })))).toEqual({ ...NO_MOVEMENTS, issued: 10, earned: 10, expired: 4, net: 6 });
  });
});

describe('buckets', () => {
  it('buckets a salon day by day or month', () => {
    expect(periodKey('2026-06-30', 'DAY')).toBe('2026-06-30');
    expect(periodKey('2026-06-30', 'MONTH')).toBe('2026-06');
  });

  it('orders expiry months soonest first, never-expiring last', () => {
    expect(sortExpiryBuckets([{ month: null, points: 1 }, { month: '2027-07', points: 2 }, { month: '2027-06', points: 3 }]).map((b) => b.month)).toEqual(['2027-06', '2027-07', null]);
  });
});

describe('the loyalty reports\' addresses', () => {
  it('reads branches, dates and bucketing from the address, dropping what cannot be one', () => {
    expect(parseLoyaltyReport({ branch: ['1', 'x', '1', '2'], from: '2026-06-01', to: 'June', period: 'WEEK' })).toEqual({ branchIds: ['1', '2'], from: '2026-06-01', to: undefined, period: undefined });
  });

  it('keeps dates only on the movements tab, and the export asks for the same report', () => {
    const state = { branchIds: ['2'], from: '2026-06-01', to: '2026-06-30', period: 'DAY' as const };
    expect(LOYALTY_REPORT_TABS.map((t) => t.item)).toEqual(['ranking', 'movements', 'liability']);
    expect(loyaltyHref('ranking', state)).toBe('/reports/loyalty?branch=2');
    expect(loyaltyHref('movements', state)).toBe('/reports/loyalty/movements?branch=2&from=2026-06-01&to=2026-06-30&period=DAY');
    expect(loyaltyExportHref('movements', state, 'en')).toBe('/api/reports/loyalty/export?report=movements&branch=2&from=2026-06-01&to=2026-06-30&period=DAY&locale=en');
    expect(loyaltyExportHref('liability', state, 'zh-HK')).toBe('/api/reports/loyalty/export?report=liability&branch=2&locale=zh-HK');
    expect(movementsFilter({ branchIds: [] })).toEqual({});
  });
});
