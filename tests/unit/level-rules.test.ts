import { DomainError } from '@/services/errors/domain-error';
import { levelForSpend, type LevelGroup } from '@/services/member-levels/level-rules';
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
