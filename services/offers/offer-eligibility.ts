/**
 * Whether an offer (優惠) may price a bill, and if not, every condition that fails — so the
 * cashier's picker can say why not and checkout can refuse naming the condition. Pure: plain data
 * in, plain strings out (no entity, no enum import).
 *
 * An id list that is null means "any"; a birthday window is in whole months around the member's
 * birth month, wrapping the year (a December sale is within one month before a January birthday).
 */

export const OFFER_CONDITIONS = ['INACTIVE', 'PERIOD', 'BRANCH', 'MEMBER_REQUIRED', 'MEMBER_GROUP', 'INTEREST_GROUP', 'BIRTHDAY', 'DEPARTMENT', 'USE_LIMIT'] as const;

export type OfferCondition = (typeof OFFER_CONDITIONS)[number];

export type OfferRules = {
  active: boolean;
  validFrom: string | null;
  validTo: string | null;
  branchIds: readonly number[] | null;
  memberGroupIds: readonly number[] | null;
  interestGroupIds: readonly number[] | null;
  departmentIds: readonly number[] | null;
  birthdayMonthsBefore: number | null;
  birthdayMonthsAfter: number | null;
  perMemberLimit: number | null;
};

export type OfferBuyer = {
  groupId: number;
  interestGroupIds: readonly number[];
  /** YYYY-MM-DD, or null when the member's birthday is not known. */
  birthday: string | null;
  /** How many times she has used this offer already (voided invoices gave theirs back). */
  uses: number;
};

export type OfferSale = {
  /** The sale's business day, YYYY-MM-DD in the branch's time zone. */
  date: string;
  branchId: number;
  /** Null for a walk-in customer. */
  member: OfferBuyer | null;
  /** The departments of the bill's lines (null for an item without one). */
  lineDepartmentIds: readonly (number | null)[];
};

/** Whether the offer asks anything of the member: a walk-in cannot meet it. */
export function needsMember(offer: OfferRules): boolean {
  return offer.memberGroupIds !== null || offer.interestGroupIds !== null || hasBirthdayWindow(offer) || offer.perMemberLimit !== null;
}

export function hasBirthdayWindow(offer: Pick<OfferRules, 'birthdayMonthsBefore' | 'birthdayMonthsAfter'>): boolean {
  return offer.birthdayMonthsBefore !== null || offer.birthdayMonthsAfter !== null;
}

/**
 * Whether a sale in `saleMonth` (1–12) is within [birth month − before, birth month + after],
 * counted round the year; one side left empty counts as 0 months.
 */
export function withinBirthdayWindow(saleMonth: number, birthMonth: number, before: number | null, after: number | null): boolean {
  const ahead = (((saleMonth - birthMonth) % 12) + 12) % 12;
  const behind = (12 - ahead) % 12;
  return ahead <= (after ?? 0) || behind <= (before ?? 0);
}

/** Whether the offer covers a line of this department (the item discount and the fixed price apply to it). */
export function coversDepartment(departmentIds: readonly number[] | null, departmentId: number | null): boolean {
  return departmentIds === null || (departmentId !== null && departmentIds.includes(departmentId));
}

const monthOf = (date: string) => Number(date.slice(5, 7));

/** Every condition the sale fails, in the order the manual lists them; empty when the offer applies. */
export function failedConditions(offer: OfferRules, sale: OfferSale): OfferCondition[] {
  const failed: OfferCondition[] = [];
  if (!offer.active) failed.push('INACTIVE');
  if ((offer.validFrom !== null && sale.date < offer.validFrom) || (offer.validTo !== null && sale.date > offer.validTo)) failed.push('PERIOD');
  if (offer.branchIds !== null && !offer.branchIds.includes(sale.branchId)) failed.push('BRANCH');
  const member = sale.member;
  if (!member) {
    if (needsMember(offer)) failed.push('MEMBER_REQUIRED');
  } else {
    if (offer.memberGroupIds !== null && !offer.memberGroupIds.includes(member.groupId)) failed.push('MEMBER_GROUP');
    if (offer.interestGroupIds !== null && !member.interestGroupIds.some((id) => offer.interestGroupIds!.includes(id))) failed.push('INTEREST_GROUP');
    if (hasBirthdayWindow(offer) && (!member.birthday || !withinBirthdayWindow(monthOf(sale.date), monthOf(member.birthday), offer.birthdayMonthsBefore, offer.birthdayMonthsAfter))) {
      failed.push('BIRTHDAY');
    }
  }
  if (offer.departmentIds !== null && !sale.lineDepartmentIds.some((id) => coversDepartment(offer.departmentIds, id))) failed.push('DEPARTMENT');
  if (member && offer.perMemberLimit !== null && member.uses >= offer.perMemberLimit) failed.push('USE_LIMIT');
  return failed;
}
