/**
 * Member levels: the limits of the rules a member group carries (discount, points, top-up bonus;
 * checked by member-level-input.schema.ts) and the upgrade-by-spend rule checkout applies.
 * Pure: no database.
 */
export const LEVEL_LIMITS = {
  code: 20,
  name: 100,
  percentMax: 100,
  pointsPer100Max: 10_000,
  /** GraphQL Int is 32-bit: HK$21,474,836.47. */
  spendCentsMax: 2_147_483_647,
  monthsMin: 1,
  monthsMax: 120,
} as const;

export type LevelRulesInput = {
  code: string;
  name: string;
  sortOrder?: number | null;
  discountPercent?: number | null;
  pointsPer100?: number | null;
  topUpBonusPercent?: number | null;
  upgradeSpendCents?: number | null;
  upgradeWithinMonths?: number | null;
};

export type LevelGroup = {
  id: number;
  sortOrder: number;
  isDeletedGroup: boolean;
  upgradeSpendCents: number | null;
  upgradeWithinMonths: number;
};

/**
 * The level a member's spending reaches: among groups with a spend threshold (never the Deleted
 * group), the one with the highest threshold the spend meets; ties go to the later sort order.
 * Each level counts spend over its own period, so `spendCents` is either one figure already
 * counted over the right period, or a function giving the spend of the last N months. Null when
 * no threshold is met. Checkout upgrades a member only to a level above the current one.
 */
export function levelForSpend<G extends LevelGroup>(groups: readonly G[], spendCents: number | ((withinMonths: number) => number)): G | null {
  const spendOver = typeof spendCents === 'function' ? spendCents : () => spendCents;
  let best: G | null = null;
  for (const group of groups) {
    if (group.isDeletedGroup || group.upgradeSpendCents === null) continue;
    if (spendOver(group.upgradeWithinMonths) < group.upgradeSpendCents) continue;
    if (
      !best ||
      group.upgradeSpendCents > best.upgradeSpendCents! ||
      (group.upgradeSpendCents === best.upgradeSpendCents && group.sortOrder > best.sortOrder)
    ) {
      best = group;
    }
  }
  return best;
}
