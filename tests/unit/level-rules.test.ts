import { DomainError } from '@/services/errors/domain-error';
import { baseLevel, downgradeTarget, isLevelAbove, levelForSpend, upgradeTarget, type LevelGroup } from '@/services/member-levels/level-rules';
import { memberLevelSchema } from '@/services/member-levels/member-level-input.schema';
import { parseInput } from '@/services/validation/parse-input';

/** The member group service parses a level with its schema through parseInput, as this does. */
const validateLevelRules = (input: unknown) => parseInput(memberLevelSchema, input);

const g = (id: number, upgradeSpendCents: number | null, over: Partial<LevelGroup> = {}): LevelGroup => ({
  id, sortOrder: id, isDeletedGroup: false, upgradeSpendCents, upgradeWithinMonths: 12, ...over,
});
const NEW = g(1, null);
const SILVER = g(4, 500_000);
const GOLD = g(5, 2_000_000);
const PLATINUM = g(6, 5_000_000, { upgradeWithinMonths: 24 });
const DELETED = g(7, 0, { isDeletedGroup: true });
const groups = [NEW, SILVER, GOLD, PLATINUM, DELETED];

describe('levelForSpend', () => {
  it.each([
    [0, null],
    [499_999, null],
    [500_000, 4],
    [1_999_999, 4],
    [2_000_000, 5],
    [5_000_000, 6],
  ])('spend of %i cents reaches group %p', (spend, id) => {
    expect(levelForSpend(groups, spend)?.id ?? null).toBe(id);
  });

  it('counts each level\'s spend over its own period', () => {
    const spendOver = (months: number) => (months >= 24 ? 6_000_000 : 2_500_000);
    expect(levelForSpend(groups, spendOver)?.id).toBe(6);
    expect(levelForSpend([SILVER, GOLD, g(6, 5_000_000)], spendOver)?.id).toBe(5);
  });

  it('breaks ties by sort order and never picks the Deleted group', () => {
    expect(levelForSpend([g(8, 100, { sortOrder: 1 }), g(9, 100, { sortOrder: 2 })], 100)?.id).toBe(9);
    expect(levelForSpend([DELETED], 1_000)).toBeNull();
  });
});

describe('validateLevelRules', () => {
  it('fills defaults', () => {
    expect(validateLevelRules({ code: ' VIPG ', name: 'VIP Gold' })).toEqual({
      code: 'VIPG', name: 'VIP Gold', sortOrder: 0, discountPercent: 0, pointsPer100: 0, topUpBonusPercent: 0, upgradeSpendCents: null, upgradeWithinMonths: 12,
    });
  });

  it.each([
    [{ code: '' }, 'code', 'required'],
    [{ code: 'c'.repeat(21) }, 'code', 'tooLong'],
    [{ name: '' }, 'name', 'required'],
    [{ discountPercent: 101 }, 'discountPercent', 'outOfRange'],
    [{ discountPercent: -1 }, 'discountPercent', 'outOfRange'],
    [{ pointsPer100: -1 }, 'pointsPer100', 'outOfRange'],
    [{ topUpBonusPercent: 150 }, 'topUpBonusPercent', 'outOfRange'],
    [{ upgradeSpendCents: -5 }, 'upgradeSpendCents', 'outOfRange'],
    [{ upgradeWithinMonths: 0 }, 'upgradeWithinMonths', 'outOfRange'],
    [{ upgradeWithinMonths: 121 }, 'upgradeWithinMonths', 'outOfRange'],
    [{ discountPercent: 1.5 }, 'discountPercent', 'outOfRange'],
  ])('refuses bad rules (%#), naming %s', (over, field, key) => {
    try {
      validateLevelRules({ code: 'X', name: 'X', ...over });
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ field, messageKey: key });
    }
  });
});

describe('levels above and below', () => {
  const TRIAL = g(2, null);
  const all = [NEW, TRIAL, SILVER, GOLD, PLATINUM, DELETED];
  const over = (byMonths: Record<number, number>) => (months: number) => byMonths[months] ?? 0;

  it('orders levels by threshold (none counting as 0), then by sort order', () => {
    expect(isLevelAbove(SILVER, TRIAL)).toBe(true);
    expect(isLevelAbove(TRIAL, NEW)).toBe(true);
    expect(isLevelAbove(NEW, TRIAL)).toBe(false);
    expect(isLevelAbove(GOLD, GOLD)).toBe(false);
  });

  it.each([
    ['at the threshold', NEW, 500_000, 4],
    ['one cent below it', NEW, 499_999, null],
    ['straight to the highest level reached', TRIAL, 2_000_000, 5],
    ['never to her own level', SILVER, 600_000, null],
    ['never down, however little she spent', GOLD, 500_000, null],
    ['never from the Deleted group', DELETED, 9_000_000, null],
  ])('upgrade %s', (_, current, spend, id) => {
    expect(upgradeTarget(all, current, spend)?.id ?? null).toBe(id);
  });

  it('counts each level over its own months', () => {
    // HK$50,000 over 24 months but only HK$30,000 over 12: Platinum (24 months) is reached.
    expect(upgradeTarget(all, NEW, over({ 12: 3_000_000, 24: 5_000_000 }))?.id).toBe(6);
    expect(upgradeTarget(all, NEW, over({ 12: 3_000_000, 24: 4_999_999 }))?.id).toBe(5);
  });

  it('the base level is the first level not reached by spending', () => {
    expect(baseLevel(all)?.id).toBe(1);
    expect(baseLevel([SILVER, DELETED])).toBeNull();
  });

  it.each([
    ['to the level her spend still reaches', GOLD, 600_000, 4],
    ['to the base level when it reaches none', SILVER, 0, 1],
    ['not while her spend still reaches her level', GOLD, 2_000_000, null],
    ['not when her spend reaches a higher level (raising is checkout\'s)', SILVER, 2_500_000, null],
    ['not a level not reached by spending', TRIAL, 0, null],
    ['not the Deleted group', DELETED, 0, null],
  ])('the downward review moves a member %s', (_, current, spend, id) => {
    expect(downgradeTarget(all, current, spend)?.id ?? null).toBe(id);
  });
});
