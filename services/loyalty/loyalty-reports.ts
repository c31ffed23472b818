/**
 * The loyalty reports' arithmetic (排名, points movements, outstanding liability), with no
 * framework: how ledger sums become the report's figures, how ranks are shared and how periods
 * are bucketed. The services feed it what the database summed.
 */

/** Sums of ledger entries by kind and sign, as one grouped query returns them. */
export type KindSums = {
  earned: number;
  earnReversed: number;
  referral: number;
  referralReversed: number;
  adjustedIn: number;
  adjustedOut: number;
  redeem: number;
  expire: number;
  reverse: number;
};

/**
 * A period's and branch's points movements, all as positive amounts except `net`:
 * issued = earned + referral shares + positive adjustments; redeemed is net of cancelled
 * redemptions (their points come back as REDEEM entries); reversed = returns and voids taking
 * back earnings and referral shares. issued − redeemed − expired − reversed − adjustedOut = net,
 * the sum of the entries.
 */
export type PointsMovementFigures = {
  issued: number;
  earned: number;
  referral: number;
  adjustedIn: number;
  redeemed: number;
  expired: number;
  reversed: number;
  adjustedOut: number;
  net: number;
};

export const NO_MOVEMENTS: PointsMovementFigures = { issued: 0, earned: 0, referral: 0, adjustedIn: 0, redeemed: 0, expired: 0, reversed: 0, adjustedOut: 0, net: 0 };

export function movementFigures(s: KindSums): PointsMovementFigures {
  const issued = s.earned + s.referral + s.adjustedIn;
  // 0 − x, not −x: an empty sum stays 0 rather than −0.
  const redeemed = 0 - s.redeem;
  const expired = 0 - s.expire;
  const reversed = 0 - (s.reverse + s.earnReversed + s.referralReversed);
  const adjustedOut = 0 - s.adjustedOut;
  return { issued, earned: s.earned, referral: s.referral, adjustedIn: s.adjustedIn, redeemed, expired, reversed, adjustedOut, net: issued - redeemed - expired - reversed - adjustedOut };
}

/** The figures of a and b added (only the figures: a row's other fields are left out). */
export function addMovements(a: PointsMovementFigures, b: PointsMovementFigures): PointsMovementFigures {
  const out = { ...NO_MOVEMENTS };
  for (const key of Object.keys(NO_MOVEMENTS) as (keyof PointsMovementFigures)[]) out[key] = a[key] + b[key];
  return out;
}

export type MovementPeriod = 'DAY' | 'MONTH';

/** The bucket a salon day (YYYY-MM-DD) falls in: the day itself or its month (YYYY-MM). */
export const periodKey = (day: string, period: MovementPeriod) => (period === 'DAY' ? day : day.slice(0, 7));

/** Points held by bucket: open lots' remaining points by the salon month they expire in; `null` for lots that never expire. */
export type ExpiryBucket = { month: string | null; points: number };

/** Buckets in expiry order, the never-expiring last. */
export function sortExpiryBuckets(buckets: readonly ExpiryBucket[]): ExpiryBucket[] {
  return [...buckets].sort((a, b) => (a.month === b.month ? 0 : a.month === null ? 1 : b.month === null ? -1 : a.month < b.month ? -1 : 1));
}
