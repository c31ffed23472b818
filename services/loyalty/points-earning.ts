/**
 * What a purchase earns (積分): pure, integers only, no framework. Checkout, the cashier's quote
 * and the demo seed all call it, so the points a bill shows are the points the ledger gets.
 *
 * Per invoice line:
 *  1. the amount is what the line came to after every discount (line, level, offer, coupon),
 *     tax included — InvoiceLine.totalCents;
 *  2. the rate is the member level's pointsPer100 — unless REPLACE rules cover the line: then the
 *     highest-priority one's pointsPer100 (ties: the lower rule code, so the choice is stable);
 *  3. the MULTIPLY rules covering the line all apply, their factors multiplied together (×2 in the
 *     birthday month and ×1.5 in a promotion week make ×3), the product rounded half-up to a
 *     basis point — the multiplier the basis records, so the page's arithmetic adds up;
 *  4. exact points = amount/100 of the currency × rate/100 × multiplier. Rounding is down, over
 *     the invoice: line i gets floor(exact of lines 1..i) − floor(exact of lines 1..i−1), so the
 *     invoice earns floor(the exact sum) — no point lost to small lines — and each line's share
 *     is what a return takes back.
 *
 * A rule covers a line when it is active and every one of its conditions holds: branch, member
 * level, period (validFrom..validTo, the branch's date), weekday (ISO, the branch's date), the
 * member's birth month (birthdayMonthOnly), and items. The item lists (products, treatments,
 * product categories, departments) together name the items covered: all empty = every item,
 * otherwise the line must be named by at least one of them (a rule "for product X and the
 * department Hair" covers both). Empty or null lists mean "all".
 */
import type { EarningBasis, EarningLineBasis } from './points-basis';

export type EarningLine = {
  position: number;
  code: string;
  description: string;
  kind: 'PRODUCT' | 'TREATMENT';
  itemId: number;
  /** The product's category (treatments have none). */
  categoryId: number | null;
  departmentId: number | null;
  /** What the line came to after every discount, in cents. */
  totalCents: number;
};

export type EarningRule = {
  code: string;
  name: string;
  active: boolean;
  effect: 'MULTIPLY' | 'REPLACE';
  multiplierBasisPoints: number;
  pointsPer100: number;
  priority: number;
  branchIds: readonly number[] | null;
  memberGroupIds: readonly number[] | null;
  productIds: readonly number[] | null;
  treatmentIds: readonly number[] | null;
  categoryIds: readonly number[] | null;
  departmentIds: readonly number[] | null;
  weekdays: readonly number[] | null;
  birthdayMonthOnly: boolean;
  validFrom: string | null;
  validTo: string | null;
};

export type EarningContext = {
  branchId: number;
  /** The sale's date at the branch, YYYY-MM-DD. */
  localDate: string;
  level: { id: number; name: string; pointsPer100: number };
  /** The member's birth month (1–12), null when her birthday is unknown. */
  birthMonth: number | null;
};

export type Earning = {
  /** The invoice's points: the sum of the lines'. */
  points: number;
  /** Each line's points, in the order given. */
  linePoints: number[];
  basis: EarningBasis;
};

const NEUTRAL = 10_000;

const listAllows = (list: readonly number[] | null, id: number | null): boolean => !list || list.length === 0 || (id !== null && list.includes(id));
const isSet = (list: readonly number[] | null): boolean => Boolean(list && list.length);

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether the rule's conditions about the sale (not its items) hold. */
export function ruleCoversSale(rule: EarningRule, ctx: EarningContext): boolean {
  if (!rule.active) return false;
  if (!listAllows(rule.branchIds, ctx.branchId)) return false;
  if (!listAllows(rule.memberGroupIds, ctx.level.id)) return false;
  if (rule.validFrom && ctx.localDate < rule.validFrom) return false;
  if (rule.validTo && ctx.localDate > rule.validTo) return false;
  if (!listAllows(rule.weekdays, isoWeekday(ctx.localDate))) return false;
  if (rule.birthdayMonthOnly && ctx.birthMonth !== Number(ctx.localDate.slice(5, 7))) return false;
  return true;
}

/** Whether the rule's item lists name the line (all empty: every line). */
export function ruleCoversLine(rule: EarningRule, line: EarningLine): boolean {
  const lists = [rule.productIds, rule.treatmentIds, rule.categoryIds, rule.departmentIds];
  if (!lists.some(isSet)) return true;
  return (
    (line.kind === 'PRODUCT' && isSet(rule.productIds) && rule.productIds!.includes(line.itemId)) ||
    (line.kind === 'TREATMENT' && isSet(rule.treatmentIds) && rule.treatmentIds!.includes(line.itemId)) ||
    (isSet(rule.categoryIds) && line.categoryId !== null && rule.categoryIds!.includes(line.categoryId)) ||
    (isSet(rule.departmentIds) && line.departmentId !== null && rule.departmentIds!.includes(line.departmentId))
  );
}

/** The factors multiplied, in basis points, rounded half-up. */
function combinedMultiplier(factors: readonly number[]): number {
  let product = BigInt(NEUTRAL);
  for (const f of factors) product = (product * BigInt(Math.max(0, f)) * 2n + BigInt(NEUTRAL)) / (2n * BigInt(NEUTRAL));
  return Number(product);
}

/** What the lines of one sale earn under the rules. */
export function pointsEarning(lines: readonly EarningLine[], rules: readonly EarningRule[], ctx: EarningContext): Earning {
  const saleRules = rules.filter((r) => ruleCoversSale(r, ctx));
  // Exact points × 10^8 (cents → units ×100, rate per 100 ×100, multiplier ×10^4), in BigInt.
  const scale = 100n * 100n * BigInt(NEUTRAL);
  let exactSoFar = 0n;
  let pointsSoFar = 0;
  const basisLines: EarningLineBasis[] = [];
  const linePoints = lines.map((line) => {
    const covering = saleRules.filter((r) => ruleCoversLine(r, line));
    const replace = covering
      .filter((r) => r.effect === 'REPLACE')
      .sort((a, b) => b.priority - a.priority || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))[0];
    const multiply = covering.filter((r) => r.effect === 'MULTIPLY');
    const pointsPer100 = Math.max(0, replace ? replace.pointsPer100 : ctx.level.pointsPer100);
    const multiplierBasisPoints = combinedMultiplier(multiply.map((r) => r.multiplierBasisPoints));
    const amountCents = Math.max(0, line.totalCents);
    exactSoFar += BigInt(amountCents) * BigInt(pointsPer100) * BigInt(multiplierBasisPoints);
    const cumulative = Number(exactSoFar / scale);
    const points = cumulative - pointsSoFar;
    pointsSoFar = cumulative;
    const applied = [...(replace ? [replace] : []), ...multiply].map((r) => ({ code: r.code, name: r.name, effect: r.effect }));
    basisLines.push({ position: line.position, code: line.code, description: line.description, amountCents, pointsPer100, multiplierBasisPoints, rules: applied, points });
    return points;
  });
  return {
    points: pointsSoFar,
    linePoints,
    basis: { kind: 'EARN', levelId: ctx.level.id, levelName: ctx.level.name, levelPointsPer100: ctx.level.pointsPer100, lines: basisLines },
  };
}

/**
 * Points a return of `returning` units takes back from a line that earned `linePoints` on
 * `quantity` units, `returnedBefore` having come back already: cumulative rounding down, so the
 * returns of a whole line give back exactly its points.
 */
export function returnedLinePoints(linePoints: number, quantity: number, returnedBefore: number, returning: number): number {
  if (quantity <= 0) return 0;
  const share = (units: number) => Math.floor((linePoints * Math.min(units, quantity)) / quantity);
  return share(returnedBefore + returning) - share(returnedBefore);
}

/** The referrer's share of `points`, rounded down. */
export function referralShare(points: number, shareBasisPoints: number): number {
  return Math.floor((points * Math.max(0, shareBasisPoints)) / NEUTRAL);
}

/**
 * What the referrer gives back when the referred member's invoice gives back points: his share
 * follows hers cumulatively — of `referralPoints` earned on `earnedPoints`, the part matching her
 * points taken back so far (`reversedBefore` → `reversedAfter`), so a full reversal takes all of it.
 */
export function referralReversal(referralPoints: number, earnedPoints: number, reversedBefore: number, reversedAfter: number): number {
  if (earnedPoints <= 0) return 0;
  const share = (n: number) => Math.floor((referralPoints * Math.min(n, earnedPoints)) / earnedPoints);
  return share(reversedAfter) - share(reversedBefore);
}
