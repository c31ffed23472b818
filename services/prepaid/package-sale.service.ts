/**
 * Selling a package to a member (計次 or discount package): paid at once or on instalments
 * (分期付款), in one transaction — the prepaid sale (預付單) with its number, the schedule with its
 * first instalment paid, the payments, and the member's package opened from the type. Idempotent
 * by key; audited. The member is read through the viewer's member scope.
 */
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Branch, Instalment, MemberPackage, PackageType, PrepaidPayment, PrepaidSale, TenderType } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { PrepaidSaleKind } from '../../entities/prepaid-sale.entity';
import { TenderKind } from '../../entities/tender-type.entity';
import { Permission } from '../admin/permission';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import { requirePermission, type Viewer } from '../auth/viewer';
import { branchClosed, invalidField } from '../errors/domain-error';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { visibleMember } from '../sales/bill-pricing.service';
import { allocateDocumentNumber } from '../sales/document-number.service';
import { parseInput } from '../validation/parse-input';
import { memberScopeFor, scopeAllowsBranch } from '../visibility/member-visibility';
import { openPackage } from './package-ledger.service';
import { dueNowCents, sellPackageSchema, type SellPackageInput } from './package-sale-input.schema';
import { plainCents } from './package-type-input.schema';
import { instalmentSchedule, packageValidTo } from './prepaid-rules';

export const SELL_PACKAGE_SCOPE = 'sellPackage';

/** Tender kinds that are themselves prepaid: a package is not paid for from stored value or another package. */
const PREPAID_TENDERS: readonly TenderKind[] = [TenderKind.STORED_VALUE, TenderKind.PACKAGE];

/** The branch a prepaid document is made at: open, and within the viewer's reach (else she could not open it afterwards). */
export async function prepaidBranch(manager: EntityManager, viewer: Viewer, branchId: number): Promise<Branch> {
  const branch = await manager.findOneBy(Branch, { id: branchId });
  if (!branch) throw invalidField('branchId', 'notFound', { entity: 'branch' });
  if (branch.closedAt) throw branchClosed();
  if (!scopeAllowsBranch(memberScopeFor(viewer), branch.id)) throw invalidField('branchId', 'branchOutOfReach');
  return branch;
}

/** The tenders by id, each active and one that takes money (not stored value or a package), else refused naming it. */
export async function moneyTenders(manager: EntityManager, ids: Array<{ tenderTypeId: number; field: string }>): Promise<Map<number, TenderType>> {
  const unique = [...new Set(ids.map((p) => p.tenderTypeId))];
  const tenders = new Map((unique.length ? await manager.findBy(TenderType, { id: In(unique) }) : []).map((t) => [t.id, t]));
  for (const { tenderTypeId, field } of ids) {
    const tender = tenders.get(tenderTypeId);
    if (!tender?.active) throw invalidField(field, 'inactiveChoice');
    if (PREPAID_TENDERS.includes(tender.kind)) throw invalidField(field, 'tenderNotForPrepaid');
  }
  return tenders;
}

export class PackageSaleService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Sells an active type to a member the viewer may see. The price defaults to the type's; for a
   * VALUE package it must stay below the value (naming `priceCents`). At once the payments add up
   * to the price; on 2–24 instalments to the first one, due today in the branch's calendar.
   */
  async sell(viewer: Viewer, input: SellPackageInput & { idempotencyKey: string }): Promise<MemberPackage> {
    requirePermission(viewer, Permission.PrepaidSellPackages);
    const values = parseInput(sellPackageSchema, input);
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, SELL_PACKAGE_SCOPE, input.idempotencyKey, requestHashOf(values), viewer.staffId, async () => {
        const member = await visibleMember(manager, viewer, values.memberId);
        const branch = await prepaidBranch(manager, viewer, values.branchId);
        const type = await manager.findOneBy(PackageType, { id: values.packageTypeId });
        if (!type) throw invalidField('packageTypeId', 'notFound', { entity: 'packageType' });
        if (!type.active) throw invalidField('packageTypeId', 'inactiveChoice');
        const priceCents = values.priceCents ?? type.priceCents;
        if (type.kind === PackageKind.VALUE && priceCents >= (type.valueCents ?? 0)) throw invalidField('priceCents', 'priceNotBelowValue', { value: plainCents(type.valueCents ?? 0) });

        const now = this.clock();
        const today = localDateIn(now, branch.timeZone);
        const schedule = values.instalmentCount > 1 ? instalmentSchedule(priceCents, values.instalmentCount, today) : null;
        const due = dueNowCents(priceCents, schedule);
        await moneyTenders(manager, values.payments.map((p, i) => ({ tenderTypeId: p.tenderTypeId, field: `payments.${i}.tenderTypeId` })));
        if (values.payments.reduce((sum, p) => sum + p.amountCents, 0) !== due) throw invalidField('payments', 'paymentsNotDue', { due: plainCents(due) });

        const number = await allocateDocumentNumber(manager, branch.id, 'PREPAID');
        const sale = manager.create(PrepaidSale, {
          number,
          kind: PrepaidSaleKind.PACKAGE,
          memberId: member.id,
          branchId: branch.id,
          amountCents: priceCents,
          bonusCents: 0,
          instalmentCount: values.instalmentCount,
          staffId: viewer.staffId,
          note: null,
          createdAt: now,
        });
        sale.id = Number((await manager.insert(PrepaidSale, sale)).identifiers[0].id);

        let firstInstalmentId: number | null = null;
        for (const part of schedule ?? []) {
          const paid = part.sequence === 1;
          const row = { prepaidSaleId: sale.id, memberId: member.id, sequence: part.sequence, dueDate: part.dueDate, amountCents: part.amountCents, paidCents: paid ? part.amountCents : 0, paidAt: paid ? now : null };
          const id = Number((await manager.insert(Instalment, row)).identifiers[0].id);
          if (paid) firstInstalmentId = id;
        }
        await manager.insert(
          PrepaidPayment,
          values.payments.map((p) => ({ prepaidSaleId: sale.id, instalmentId: firstInstalmentId, tenderTypeId: p.tenderTypeId, amountCents: p.amountCents, reference: p.reference, branchId: branch.id, staffId: viewer.staffId, createdAt: now })),
        );

        const pkg = await openPackage(manager, {
          memberId: member.id,
          typeId: type.id,
          prepaidSaleId: sale.id,
          name: type.name,
          kind: type.kind,
          treatmentIds: type.treatmentIds,
          sessions: type.sessions ?? 0,
          valueCents: type.valueCents ?? 0,
          priceCents,
          branchId: branch.id,
          validTo: packageValidTo(today, type.validityMonths),
          at: now,
          staffId: viewer.staffId,
        });
        await recordAudit(manager, {
          entityType: 'member_package',
          entityId: pkg.id,
          action: 'sell',
          actorId: viewer.staffId,
          after: {
            memberId: member.id,
            typeId: type.id,
            prepaidSaleId: sale.id,
            number,
            priceCents,
            instalmentCount: values.instalmentCount,
            validTo: pkg.validTo,
            payments: values.payments.map((p) => ({ tenderTypeId: p.tenderTypeId, amountCents: p.amountCents })),
          },
        });
        return pkg.id;
      }),
    );
    return this.ds.manager.findOneByOrFail(MemberPackage, { id: resultId });
  }
}
