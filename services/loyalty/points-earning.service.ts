/**
 * Points at the till: what a bill earns (the quote and checkout ask the same pure function,
 * points-earning.ts), the EARN entry and the referrer's REFERRAL share written in the checkout's
 * transaction, and their proportional reversal by a return or a void. Every entry goes through
 * postPoints (the ledger's one door) in the caller's transaction, after the caller's document
 * sequence and stock locks (the lock order puts member_points last), and is audited here.
 */
import { addMonths } from 'date-fns';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Invoice, InvoiceLine, Member, MemberGroup, PointsEntry, PointsRule, Product } from '../../entities';
import { PointsEntryKind } from '../../entities/points-entry.entity';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import type { PricedBill } from '../sales/bill-pricing.service';
import { loyaltySettings } from './loyalty-settings.service';
import type { ReferralBasis, ReversalBasis } from './points-basis';
import { pointsEarning, referralReversal, referralShare, returnedLinePoints, type Earning, type EarningLine } from './points-earning';
import { pointsExpiryFor } from './points-expiry';
import { postPoints, type PointsPosting } from './points-ledger.service';

/** A bill's line as earning needs it (a priced line with what it came to). */
export type EarningBillLine = { kind: 'PRODUCT' | 'TREATMENT'; itemId: number; code: string; description: string; departmentId: number | null; totalCents: number };

/** The sale earning is asked about: walk-ins (no member) earn nothing. */
export type EarningSale = { branchId: number; localDate: string; member: Member | null; lines: readonly EarningBillLine[] };

/** What the sale earns under the active rules and the member's level; null for a walk-in. */
export async function earningForSale(manager: EntityManager, sale: EarningSale): Promise<Earning | null> {
  const { member } = sale;
  if (!member) return null;
  const productIds = [...new Set(sale.lines.filter((l) => l.kind === 'PRODUCT').map((l) => l.itemId))];
  const [group, rules, products] = await Promise.all([
    manager.findOneBy(MemberGroup, { id: member.groupId }),
    manager.findBy(PointsRule, { active: true }),
    productIds.length ? manager.find(Product, { select: { id: true, categoryId: true }, where: { id: In(productIds) } }) : [],
  ]);
  const categoryOf = new Map(products.map((p) => [p.id, p.categoryId]));
  const lines: EarningLine[] = sale.lines.map((line, i) => ({
    position: i + 1,
    code: line.code,
    description: line.description,
    kind: line.kind,
    itemId: line.itemId,
    categoryId: line.kind === 'PRODUCT' ? categoryOf.get(line.itemId) ?? null : null,
    departmentId: line.departmentId,
    totalCents: line.totalCents,
  }));
  return pointsEarning(lines, rules, {
    branchId: sale.branchId,
    localDate: sale.localDate,
    level: { id: member.groupId, name: group?.name ?? '', pointsPer100: group?.pointsPer100 ?? 0 },
    birthMonth: member.birthMonth,
  });
}

/** What a priced bill earns, on the sale's date at its branch: the quote shows it, checkout books it. */
export function earningForBill(manager: EntityManager, bill: PricedBill, now: Date): Promise<Earning | null> {
  return earningForSale(manager, {
    branchId: bill.branch.id,
    localDate: localDateIn(now, bill.branch.timeZone),
    member: bill.member,
    lines: bill.lines.map((line, i) => ({ ...line, totalCents: bill.totals.lines[i].totalCents })),
  });
}

type Actor = { staffId: number | null; at: Date };

async function post(manager: EntityManager, posting: PointsPosting, actor: Actor): Promise<PointsEntry | null> {
  const entry = await postPoints(manager, posting);
  if (entry) {
    await recordAudit(manager, {
      entityType: 'pointsEntry',
      entityId: entry.id,
      action: 'create',
      actorId: actor.staffId,
      after: { memberId: entry.memberId, kind: entry.kind, points: entry.points, balanceAfter: entry.balanceAfter, invoiceId: entry.invoiceId, salesReturnId: entry.salesReturnId, referredMemberId: entry.referredMemberId },
    });
  }
  return entry;
}

/**
 * Books the invoice's earning (its lines' and its own pointsEarned were written with it): the
 * member's EARN entry, its lot expiring per the settings, and — when she was referred within the
 * referral period — the referrer's REFERRAL share.
 */
export async function bookEarning(manager: EntityManager, invoice: { id: number; branchId: number; member: Member }, earning: Earning, actor: Actor): Promise<void> {
  if (earning.points <= 0) return;
  const settings = await loyaltySettings(manager);
  const expiresAt = pointsExpiryFor(actor.at, settings.pointsExpiryMonths);
  const earned = await post(
    manager,
    { memberId: invoice.member.id, kind: PointsEntryKind.EARN, points: earning.points, at: actor.at, branchId: invoice.branchId, invoiceId: invoice.id, basis: earning.basis, staffId: actor.staffId, expiresAt },
    actor,
  );
  const { referrerId, createdAt } = invoice.member;
  if (!earned || referrerId === null || settings.referralShareBasisPoints <= 0) return;
  if (settings.referralMonths !== null && addMonths(createdAt, settings.referralMonths) <= actor.at) return;
  const referrer = await manager.findOneBy(Member, { id: referrerId, deletedAt: IsNull() });
  const share = referralShare(earning.points, settings.referralShareBasisPoints);
  if (!referrer || share <= 0) return;
  const basis: ReferralBasis = { kind: 'REFERRAL', shareBasisPoints: settings.referralShareBasisPoints, sourceEntryId: earned.id, sourcePoints: earned.points };
  await post(
    manager,
    { memberId: referrer.id, kind: PointsEntryKind.REFERRAL, points: share, at: actor.at, branchId: invoice.branchId, invoiceId: invoice.id, referredMemberId: invoice.member.id, basis, staffId: actor.staffId, expiresAt },
    actor,
  );
}

/** The invoice's positive EARN entry and the referrer's positive REFERRAL entry, if any. */
async function earningsOf(manager: EntityManager, invoice: Invoice): Promise<{ earn: PointsEntry | null; referral: PointsEntry | null }> {
  if (invoice.memberId === null || invoice.pointsEarned <= 0) return { earn: null, referral: null };
  const entries = await manager.find(PointsEntry, { where: { invoiceId: invoice.id, kind: In([PointsEntryKind.EARN, PointsEntryKind.REFERRAL]) }, order: { id: 'ASC' } });
  return {
    earn: entries.find((e) => e.kind === PointsEntryKind.EARN && e.points > 0) ?? null,
    referral: entries.find((e) => e.kind === PointsEntryKind.REFERRAL && e.points > 0) ?? null,
  };
}

/** Takes `points` back from the entry's member, its own lot first, at most her balance; the basis records any shortfall. */
async function takeBack(
  manager: EntityManager,
  entry: PointsEntry,
  points: number,
  lines: ReversalBasis['lines'],
  context: { kind: PointsEntryKind; salesReturnId: number | null; branchId: number },
  actor: Actor,
): Promise<void> {
  if (points <= 0) return;
  const basis: ReversalBasis = { kind: 'REVERSE', reversedEntryId: entry.id, reversedPoints: entry.points, lines, shortfallPoints: 0 };
  const posted = await post(
    manager,
    {
      memberId: entry.memberId,
      kind: context.kind,
      points: -points,
      at: actor.at,
      branchId: context.branchId,
      invoiceId: entry.invoiceId,
      salesReturnId: context.salesReturnId,
      referredMemberId: entry.referredMemberId,
      basis,
      staffId: actor.staffId,
      clampToBalance: true,
      fromEntryIds: [entry.id],
    },
    actor,
  );
  // The member had spent some of them: the entry took what was left, and says how much it could not.
  if (posted && posted.points !== -points) {
    await manager.update(PointsEntry, { id: posted.id }, { basis: JSON.stringify({ ...basis, shortfallPoints: points + posted.points }) });
  }
}

/** A line of a return: the invoice line as it was before this return, and the units coming back now. */
export type ReturnedLine = { line: InvoiceLine; returnedBefore: number; quantity: number };

/**
 * A return takes back each returned line's share of its points (cumulative rounding: a line
 * returned in full gives back exactly what it earned) and the referrer's share in proportion.
 */
export async function reverseEarningForReturn(manager: EntityManager, invoice: Invoice, returned: readonly ReturnedLine[], salesReturnId: number, actor: Actor): Promise<void> {
  const { earn, referral } = await earningsOf(manager, invoice);
  if (!earn) return;
  const lines = returned
    .map(({ line, returnedBefore, quantity }) => ({
      position: line.position,
      returnedQuantity: quantity,
      soldQuantity: line.quantity,
      points: returnedLinePoints(line.pointsEarned, line.quantity, returnedBefore, quantity),
    }))
    .sort((a, b) => a.position - b.position);
  const points = lines.reduce((sum, l) => sum + l.points, 0);
  const context = { kind: PointsEntryKind.REVERSE, salesReturnId, branchId: invoice.branchId };
  await takeBack(manager, earn, points, lines, context, actor);
  if (!referral) return;
  // Her points given back before this return, line by line as the returns computed them.
  const invoiceLines = await manager.findBy(InvoiceLine, { invoiceId: invoice.id });
  const before = new Map(returned.map((r) => [r.line.id, r.returnedBefore]));
  const reversedBefore = invoiceLines.reduce((sum, l) => sum + returnedLinePoints(l.pointsEarned, l.quantity, 0, before.get(l.id) ?? l.returnedQuantity), 0);
  const share = referralReversal(referral.points, earn.points, reversedBefore, reversedBefore + points);
  await takeBack(manager, referral, share, lines, { ...context, kind: PointsEntryKind.REFERRAL }, actor);
}

/** A void takes back everything the invoice earned, hers and the referrer's (a void comes before any return). */
export async function reverseEarningForVoid(manager: EntityManager, invoice: Invoice, actor: Actor): Promise<void> {
  const { earn, referral } = await earningsOf(manager, invoice);
  const context = { kind: PointsEntryKind.REVERSE, salesReturnId: null, branchId: invoice.branchId };
  if (earn) await takeBack(manager, earn, earn.points, [], context, actor);
  if (referral) await takeBack(manager, referral, referral.points, [], { ...context, kind: PointsEntryKind.REFERRAL }, actor);
}
