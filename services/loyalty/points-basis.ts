/**
 * How a points entry's number came about, stored as JSON on the entry (points_entries.basis) so
 * the member's page can explain every number in the reader's language. Written by earning
 * (EARN), referral (REFERRAL) and reversal (REVERSE); read by the ledger's GraphQL fields.
 */

/** One invoice line's earning: the rate used and the rules that set it. */
export type EarningLineBasis = {
  position: number;
  code: string;
  description: string;
  /** What the line came to after every discount, in cents: the amount points are earned on. */
  amountCents: number;
  /** The rate used: the level's, or the winning REPLACE rule's. */
  pointsPer100: number;
  /** The multiplier applied, in basis points (10000 = ×1). */
  multiplierBasisPoints: number;
  /** The rules that applied to the line, by code and name as they were at the time. */
  rules: { code: string; name: string; effect: 'MULTIPLY' | 'REPLACE' }[];
  points: number;
};

export type EarningBasis = {
  kind: 'EARN';
  levelId: number;
  levelName: string;
  levelPointsPer100: number;
  lines: EarningLineBasis[];
};

export type ReferralBasis = {
  kind: 'REFERRAL';
  /** The referrer's share, in basis points of the referred member's points. */
  shareBasisPoints: number;
  /** The referred member's points entry the share was taken of, and its points. */
  sourceEntryId: number;
  sourcePoints: number;
};

export type ReversalBasis = {
  kind: 'REVERSE';
  /** The entry being (partly) reversed and its points. */
  reversedEntryId: number;
  reversedPoints: number;
  /** For a return: per invoice line, how many units came back of how many sold; empty for a void. */
  lines: { position: number; returnedQuantity: number; soldQuantity: number; points: number }[];
  /** Points the reversal could not take because the member had already spent them. */
  shortfallPoints: number;
};

export type PointsBasis = EarningBasis | ReferralBasis | ReversalBasis;
