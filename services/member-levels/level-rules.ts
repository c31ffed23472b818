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

/**
 * How high a level stands: by its spend threshold (a level not reached by spending — New, Trial —
 * counts as 0), then by sort order. "Above" in upgrades and the review means higher in this order.
 */
function standing(group: LevelGroup): [number, number] {
  return [group.upgradeSpendCents ?? 0, group.sortOrder];
}

/** Whether level `a` stands above level `b` (see `standing`). */
export function isLevelAbove(a: LevelGroup, b: LevelGroup): boolean {
  const [sa, oa] = standing(a);
  const [sb, ob] = standing(b);
  return sa > sb || (sa === sb && oa > ob);
}

/**
 * The level a checkout moves the member to: the level her spend reaches, when it stands above her
 * current one; null otherwise. A member in the Deleted group is never moved (restoring her is the
 * recycle bin's business), and spending never lowers a level.
 */
export function upgradeTarget<G extends LevelGroup>(groups: readonly G[], current: G, spendCents: number | ((withinMonths: number) => number)): G | null {
  if (current.isDeletedGroup) return null;
  const reached = levelForSpend(groups, spendCents);
  return reached && reached.id !== current.id && isLevelAbove(reached, current) ? reached : null;
}

/**
 * The base level a downward review moves a member to when her spend reaches no spend level: the
 * first (lowest sort order) level that is not reached by spending and is not the Deleted group.
 */
export function baseLevel<G extends LevelGroup>(groups: readonly G[]): G | null {
  let base: G | null = null;
  for (const group of groups) {
    if (group.isDeletedGroup || group.upgradeSpendCents !== null) continue;
    if (!base || group.sortOrder < base.sortOrder || (group.sortOrder === base.sortOrder && group.id < base.id)) base = group;
  }
  return base;
}

/**
 * The level the monthly downward review moves a member to: only members of a level reached by
 * spending are reviewed; when her spend over each level's own months no longer reaches her
 * level, she moves to the level it reaches (or the base level when it reaches none). Null when
 * she stays: her spend still reaches her level or one above it (the review only lowers; raising
 * is checkout's), or there is nowhere lower to go.
 */
export function downgradeTarget<G extends LevelGroup>(groups: readonly G[], current: G, spendCents: number | ((withinMonths: number) => number)): G | null {
  if (current.isDeletedGroup || current.upgradeSpendCents === null) return null;
  const reached = levelForSpend(groups, spendCents) ?? baseLevel(groups);
  if (!reached || reached.id === current.id || !isLevelAbove(current, reached)) return null;
  return reached;
}
