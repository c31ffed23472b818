/**
 * Levels that act: the member's spend over a level's months, the automatic upgrade at checkout,
 * and the history row (MemberLevelChange) every change of `members.groupId` leaves behind. The
 * decisions are the pure rules of level-rules.ts; this module reads spend and writes.
 *
 * Spend is what her issued invoices came to net of returns (`totalCents - refundedCents`; a voided
 * invoice counts for nothing) with `issuedAt` within the last N calendar months, read from the
 * (memberId, issuedAt) index.
 */
import type { EntityManager } from 'typeorm';
import { Member, MemberGroup, MemberLevelChange } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { LevelChangeReason } from '../../entities/member-level-change.entity';
import { recordAudit } from '../audit/audit-log.service';
import { upgradeTarget } from './level-rules';

/** The same instant `months` calendar months earlier (UTC; the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const since = new Date(now.getTime());
  const day = since.getUTCDate();
  since.setUTCDate(1);
  since.setUTCMonth(since.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth() + 1, 0)).getUTCDate();
  since.setUTCDate(Math.min(day, lastDay));
  return since;
}

/** Every level's months, once each. */
export function windowsOf(groups: readonly MemberGroup[]): number[] {
  return [...new Set(groups.filter((g) => !g.isDeletedGroup && g.upgradeSpendCents !== null).map((g) => g.upgradeWithinMonths))];
}

/**
 * Spend (cents) of each of `memberIds` over each of `windows` months up to `now`: one grouped
 * read per window. Members without invoices are absent (spend 0).
 */
export async function memberSpend(
  manager: EntityManager,
  memberIds: readonly number[],
  windows: readonly number[],
  now: Date,
): Promise<Map<number, Map<number, number>>> {
  const spend = new Map<number, Map<number, number>>();
  if (!memberIds.length) return spend;
  for (const months of windows) {
    const rows = await manager
      .createQueryBuilder()
      .select('i.memberId', 'memberId')
      .addSelect('SUM(i.totalCents - i.refundedCents)', 'cents')
      .from('invoices', 'i')
      .where('i.memberId IN (:...spendMembers)', { spendMembers: memberIds })
      .andWhere('i.issuedAt > :spendSince AND i.issuedAt <= :spendUntil', { spendSince: monthsBefore(now, months), spendUntil: now })
      .andWhere('i.status = :spendIssued', { spendIssued: InvoiceStatus.ISSUED })
      .groupBy('i.memberId')
      .getRawMany<{ memberId: number | string; cents: number | string | null }>();
    for (const row of rows) {
      const id = Number(row.memberId);
      if (!spend.has(id)) spend.set(id, new Map());
      spend.get(id)!.set(months, Number(row.cents ?? 0));
    }
  }
  return spend;
}

/** A member's spend over N months, from `memberSpend`'s answer. */
export const spendOf = (spend: Map<number, Map<number, number>>, memberId: number) => (months: number) => spend.get(memberId)?.get(months) ?? 0;

export type LevelChangeRow = {
  memberId: number;
  fromGroupId: number | null;
  toGroupId: number;
  reason: LevelChangeReason;
  spendCents?: number | null;
  invoiceId?: number | null;
  staffId: number | null;
  createdAt: Date;
};

/** The history rows of changes their writer has made (member form, bulk action, conversion). */
export async function recordLevelChanges(manager: EntityManager, rows: readonly LevelChangeRow[]): Promise<void> {
  const changed = rows.filter((r) => r.fromGroupId !== r.toGroupId);
  if (!changed.length) return;
  await manager.insert(
    MemberLevelChange,
    changed.map((r) => ({ ...r, spendCents: r.spendCents ?? null, invoiceId: r.invoiceId ?? null })),
  );
}

/**
 * Moves a member from one level to another because of her spend (UPGRADE at checkout, DOWNGRADE
 * in the review): a guarded UPDATE that only applies while she is still in `fromGroupId` (a staff
 * change committed meanwhile wins, and this one is dropped), the history row and an audit entry.
 * Returns whether she moved.
 */
export async function moveLevelForSpend(manager: EntityManager, change: LevelChangeRow & { fromGroupId: number }): Promise<boolean> {
  const moved = await manager
    .createQueryBuilder()
    .update(Member)
    .set({ groupId: change.toGroupId })
    .where('id = :id AND groupId = :from', { id: change.memberId, from: change.fromGroupId })
    .execute();
  if (!moved.affected) return false;
  await recordLevelChanges(manager, [change]);
  await recordAudit(manager, {
    entityType: 'member',
    entityId: change.memberId,
    action: change.reason === LevelChangeReason.UPGRADE ? 'levelUpgrade' : 'levelDowngrade',
    actorId: change.staffId,
    before: { groupId: change.fromGroupId },
    after: { groupId: change.toGroupId, spendCents: change.spendCents ?? null, invoiceId: change.invoiceId ?? null },
  });
  return true;
}

/**
 * The automatic upgrade, run by checkout inside its transaction once the invoice is written (so
 * the sale itself counts): her spend over each level's own months, the level it reaches, and the
 * move when that level stands above hers (level-rules.ts `upgradeTarget`). The member row is the
 * last lock checkout takes. Returns the level she moved to, or null.
 */
export async function upgradeAtCheckout(
  manager: EntityManager,
  sale: { memberId: number; invoiceId: number; staffId: number; now: Date },
): Promise<MemberGroup | null> {
  const member = await manager.findOne(Member, { select: { id: true, groupId: true }, where: { id: sale.memberId } });
  if (!member) return null;
  const groups = await manager.find(MemberGroup);
  const current = groups.find((g) => g.id === member.groupId);
  if (!current) return null;
  const spend = await memberSpend(manager, [member.id], windowsOf(groups), sale.now);
  const spendOver = spendOf(spend, member.id);
  const target = upgradeTarget(groups, current, spendOver);
  if (!target) return null;
  const moved = await moveLevelForSpend(manager, {
    memberId: member.id,
    fromGroupId: current.id,
    toGroupId: target.id,
    reason: LevelChangeReason.UPGRADE,
    spendCents: spendOver(target.upgradeWithinMonths),
    invoiceId: sale.invoiceId,
    staffId: sale.staffId,
    createdAt: sale.now,
  });
  return moved ? target : null;
}

