/**
 * The member's account (我的戶口) as her page and the contact page show it: stored value with its
 * ledger, packages with what remains, instalments outstanding, points and coupons. The member is
 * checked against the viewer's member scope once (`open`); every other read takes the account
 * that check returned, so nothing here reaches a member outside the scope. Each read is one query
 * on an index that starts with the member.
 */
import { Brackets, type DataSource } from 'typeorm';
import { Branch, Instalment, MemberPackage, StoredValueAccount, StoredValueEntry } from '../../entities';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { localDateIn } from '../appointments/arrival-day';
import type { Viewer } from '../auth/viewer';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { visibleMember } from '../sales/bill-pricing.service';
import type { Page } from '../../graphql/connection';

/** A member the viewer may see, and the business day (her branch's calendar) expiry and overdue are read against. */
export type OpenedAccount = { memberId: number; today: string };

type PageRequest = { first: number; after?: string | null };

export class MemberAccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** NOT_FOUND naming `memberId` for a member outside the viewer's member scope (or in the recycle bin). */
  async open(viewer: Viewer, memberId: number): Promise<OpenedAccount> {
    const member = await visibleMember(this.ds.manager, viewer, memberId);
    const branch = await this.ds.getRepository(Branch).findOneBy({ id: member.branchId });
    return { memberId: member.id, today: localDateIn(this.clock(), branch?.timeZone ?? 'UTC') };
  }

  /** Her stored value; a member who never topped up holds a zero account (not written until she does). */
  async storedValue(account: OpenedAccount): Promise<StoredValueAccount> {
    const row = await this.ds.getRepository(StoredValueAccount).findOneBy({ memberId: account.memberId });
    return row ?? Object.assign(new StoredValueAccount(), { memberId: account.memberId, balanceCents: 0, paidInCents: 0, bonusInCents: 0, updatedAt: new Date(0) });
  }

  /** Her stored-value ledger, newest first (by id: the order the balance moved in). */
  async storedValueEntries(account: OpenedAccount, page: PageRequest): Promise<Page<StoredValueEntry>> {
    const repo = this.ds.getRepository(StoredValueEntry);
    const qb = repo.createQueryBuilder('e').where('e.memberId = :memberId', { memberId: account.memberId });
    if (page.after) qb.andWhere('e.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const rows = await qb.orderBy('e.id', 'DESC').limit(page.first + 1).getMany();
    return { ...sliceWithLookahead(rows, page.first), cursorOf: (entry) => encodeCursor([entry.id]), totalCount: () => repo.countBy({ memberId: account.memberId }) };
  }

  /**
   * Her packages, newest first. `activeOnly`: those she can still use today — not refunded, not
   * past their last day, something left.
   */
  async packages(account: OpenedAccount, page: PageRequest & { activeOnly?: boolean | null }): Promise<Page<MemberPackage>> {
    const query = () => {
      const qb = this.ds.getRepository(MemberPackage).createQueryBuilder('p').where('p.memberId = :memberId', { memberId: account.memberId });
      if (page.activeOnly) {
        qb.andWhere('p.status = :active AND p.validTo >= :today', { active: MemberPackageStatus.ACTIVE, today: account.today }).andWhere(
          new Brackets((w) => w.where('p.sessionsRemaining > 0').orWhere('p.remainingCents > 0')),
        );
      }
      return qb;
    };
    const qb = query();
    if (page.after) qb.andWhere('p.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const rows = await qb.orderBy('p.id', 'DESC').limit(page.first + 1).getMany();
    return { ...sliceWithLookahead(rows, page.first), cursorOf: (pkg) => encodeCursor([pkg.id]), totalCount: () => query().getCount() };
  }

  /**
   * Her instalments by due date (then sale and place in its schedule): only those not yet paid in
   * full unless `all`. A member has a few dozen at most, so a plain list.
   */
  async instalments(account: OpenedAccount, options: { all?: boolean } = {}): Promise<Instalment[]> {
    const qb = this.ds.getRepository(Instalment).createQueryBuilder('i').where('i.memberId = :memberId', { memberId: account.memberId });
    if (!options.all) qb.andWhere('i.paidCents < i.amountCents');
    return qb.orderBy('i.dueDate', 'ASC').addOrderBy('i.prepaidSaleId', 'ASC').addOrderBy('i.sequence', 'ASC').getMany();
  }

  /** What she still owes on instalments, in cents. */
  async instalmentsOutstandingCents(account: OpenedAccount): Promise<number> {
    const row = await this.ds
      .getRepository(Instalment)
      .createQueryBuilder('i')
      .select('COALESCE(SUM(i.amountCents - i.paidCents), 0)', 'owed')
      .where('i.memberId = :memberId AND i.paidCents < i.amountCents', { memberId: account.memberId })
      .getRawOne<{ owed: number | string }>();
    return Number(row?.owed ?? 0);
  }
}
