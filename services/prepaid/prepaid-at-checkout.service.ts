/**
 * What the cashier sees of a member's prepaid balances while the bill is open: her stored value,
 * whether her card is locked or asks for a PIN, and the packages she can use today (not refunded,
 * not expired on the calendar of her branch, something left). A read only: checkout checks it all
 * again in its own transaction (services/sales/prepaid-at-sale.service.ts).
 */
import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { Branch, MemberPackage } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { Permission } from '../admin/permission';
import { localDateIn } from '../appointments/arrival-day';
import { requirePermission, type Viewer } from '../auth/viewer';
import { visibleMember } from '../sales/bill-pricing.service';
import { currentCard } from './prepaid-card-guard.service';
import { storedValueBalance } from './stored-value-ledger.service';

export type PrepaidAtCheckout = {
  memberId: number;
  storedValueCents: number;
  cardLocked: boolean;
  cardHasPin: boolean;
  packages: MemberPackage[];
};

export class PrepaidAtCheckoutService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async forMember(viewer: Viewer, memberId: number): Promise<PrepaidAtCheckout> {
    requirePermission(viewer, Permission.SalesCheckout);
    const manager = this.ds.manager;
    const member = await visibleMember(manager, viewer, memberId);
    const branch = await manager.findOneBy(Branch, { id: member.branchId });
    const today = localDateIn(this.clock(), branch?.timeZone ?? 'UTC');
    const [storedValueCents, card, held] = await Promise.all([
      storedValueBalance(manager, member.id),
      currentCard(manager, member.id),
      manager.find(MemberPackage, { where: { memberId: member.id, status: MemberPackageStatus.ACTIVE, validTo: MoreThanOrEqual(today) }, order: { validTo: 'ASC', id: 'ASC' } }),
    ]);
    return {
      memberId: member.id,
      storedValueCents,
      cardLocked: card?.status === MemberCardStatus.LOCKED,
      cardHasPin: Boolean(card?.pinHash),
      packages: held.filter((p) => p.sessionsRemaining > 0 || p.remainingCents > 0),
    };
  }
}
