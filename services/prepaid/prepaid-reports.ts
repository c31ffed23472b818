/**
 * The prepaid reports' arithmetic (預付 負債 / 收入), with no framework: how the ledgers' sums become
 * the liability and revenue figures, and how rows add up to totals. The service feeds it what the
 * database summed.
 */
import type { MovementPeriod } from '../loyalty/loyalty-reports';

export { periodKey } from '../loyalty/loyalty-reports';
export type { MovementPeriod as PrepaidPeriod };

/**
 * What the salon owes its members at one branch: stored value not yet spent (by the member's
 * branch) and packages not yet used (by the branch that sold them), all in cents except counts.
 */
export type LiabilityFigures = {
  storedValueCents: number;
  /** Members holding stored value. */
  storedValueMembers: number;
  /** Packages with something left or revenue still deferred. */
  packages: number;
  sessionsRemaining: number;
  valueRemainingCents: number;
  /** Package price not yet recognised as revenue. */
  deferredCents: number;
  /** storedValueCents + deferredCents: the money held for services not yet given. */
  totalCents: number;
};

export const NO_LIABILITY: LiabilityFigures = { storedValueCents: 0, storedValueMembers: 0, packages: 0, sessionsRemaining: 0, valueRemainingCents: 0, deferredCents: 0, totalCents: 0 };

/** A branch's liability figures from its stored value and its outstanding packages' sums. */
export function liabilityFigures(storedValue: { cents: number; members: number }, packages: { count: number; sessions: number; valueCents: number; deferredCents: number }): LiabilityFigures {
  return {
    storedValueCents: storedValue.cents,
    storedValueMembers: storedValue.members,
    packages: packages.count,
    sessionsRemaining: packages.sessions,
    valueRemainingCents: packages.valueCents,
    deferredCents: packages.deferredCents,
    totalCents: storedValue.cents + packages.deferredCents,
  };
}

export function addLiability(a: LiabilityFigures, b: LiabilityFigures): LiabilityFigures {
  const out = { ...NO_LIABILITY };
  for (const key of Object.keys(NO_LIABILITY) as (keyof LiabilityFigures)[]) out[key] = a[key] + b[key];
  return out;
}

/** Sums of one period's and branch's ledger entries and payments, signed as stored. */
export type RevenueSums = {
  topUpPaid: number;
  topUpBonus: number;
  /** PAYMENT entries (negative) and REVERSE entries giving them back (positive). */
  svPayments: number;
  svReversals: number;
  /** REFUND entries (negative). */
  svRefunds: number;
  /** Payments of package sales, instalments included (positive). */
  packagePayments: number;
  /** Payments of package refunds (negative). */
  packageRefundPayments: number;
  /** Revenue recognised by USE entries (positive) and taken back by REVERSE entries (negative). */
  useRevenue: number;
  reverseRevenue: number;
  /** Revenue booked by EXPIRE entries. */
  expireRevenue: number;
};

/**
 * A period's and branch's prepaid money and revenue, all positive amounts in cents:
 * stored value topped up (paid and bonus), spent at the cashier net of voided payments, paid back;
 * package money received (sales and instalments) and paid back; package revenue recognised by
 * uses (net of voided uses) and by expiry (breakage). recognisedTotal = package revenue + breakage.
 */
export type RevenueFigures = {
  topUpPaidCents: number;
  topUpBonusCents: number;
  storedValueSpentCents: number;
  storedValueRefundedCents: number;
  packageSalesCents: number;
  packageRecognisedCents: number;
  breakageCents: number;
  packageRefundsCents: number;
  recognisedTotalCents: number;
};

export const NO_REVENUE: RevenueFigures = {
  topUpPaidCents: 0, topUpBonusCents: 0, storedValueSpentCents: 0, storedValueRefundedCents: 0, packageSalesCents: 0,
  packageRecognisedCents: 0, breakageCents: 0, packageRefundsCents: 0, recognisedTotalCents: 0,
};

export function revenueFigures(s: RevenueSums): RevenueFigures {
  const packageRecognisedCents = s.useRevenue + s.reverseRevenue;
  return {
    topUpPaidCents: s.topUpPaid,
    topUpBonusCents: s.topUpBonus,
    // 0 − x, not −x: an empty sum stays 0 rather than −0.
    storedValueSpentCents: 0 - (s.svPayments + s.svReversals),
    storedValueRefundedCents: 0 - s.svRefunds,
    packageSalesCents: s.packagePayments,
    packageRecognisedCents,
    breakageCents: s.expireRevenue,
    packageRefundsCents: 0 - s.packageRefundPayments,
    recognisedTotalCents: packageRecognisedCents + s.expireRevenue,
  };
}

export function addRevenue(a: RevenueFigures, b: RevenueFigures): RevenueFigures {
  const out = { ...NO_REVENUE };
  for (const key of Object.keys(NO_REVENUE) as (keyof RevenueFigures)[]) out[key] = a[key] + b[key];
  return out;
}

/** A bucket's first and last day (YYYY-MM-DD), clipped to the report's period. */
export function bucketBounds(key: string, period: MovementPeriod, range: { from: string; to: string }): { period: string; from: string; to: string } {
  if (period === 'DAY') return { period: key, from: key, to: key };
  const [year, month] = key.split('-').map(Number);
  const last = `${key}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  const first = `${key}-01`;
  return { period: key, from: first < range.from ? range.from : first, to: last > range.to ? range.to : last };
}

/** Liability figures in the report's column order (the screen's too); counts and cents apart. */
export const LIABILITY_FIGURES = ['storedValueCents', 'storedValueMembers', 'packages', 'sessionsRemaining', 'valueRemainingCents', 'deferredCents', 'totalCents'] as const;
/** Revenue figures in the report's column order (the screen's too). */
export const REVENUE_FIGURES = ['topUpPaidCents', 'topUpBonusCents', 'storedValueSpentCents', 'storedValueRefundedCents', 'packageSalesCents', 'packageRecognisedCents', 'breakageCents', 'packageRefundsCents', 'recognisedTotalCents'] as const;

/** Whether a figure is money (cents, written as dollars) rather than a count. */
export const isMoneyFigure = (key: string) => key.endsWith('Cents');
