/**
 * What the cashier takes from a member's prepaid balances (儲值扣費, 計次消費, discount packages):
 *  - `sessionLinePackages`, while pricing: a treatment line paid by one of her session packages
 *    (it was paid for when the package was sold, so the line is priced at 0);
 *  - `checkPrepaidPayments`, before anything is written: who may pay by stored value or package,
 *    her card (not locked; the PIN for stored value) and what the packages may pay for;
 *  - `takePrepaid`, once the invoice row exists: the package uses and the stored-value debits
 *    through their ledgers (services/prepaid), which lock the package rows (by id) and then her
 *    stored-value account, and refuse what is no longer there.
 * The reads here are not locked: the ledgers check again under their locks.
 */
import { In, type EntityManager } from 'typeorm';
import { MemberPackage, type Member, type TenderType } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { StoredValueEntryKind } from '../../entities/stored-value-entry.entity';
import { TenderKind } from '../../entities/tender-type.entity';
import { invalidField, packageNotUsable } from '../errors/domain-error';
import { packageRefusal, usePackage as spendPackage } from '../prepaid/package-ledger.service';
import { assertPrepaidPayable } from '../prepaid/prepaid-card-guard.service';
import { postStoredValue } from '../prepaid/stored-value-ledger.service';
import type { BillLineValues, CheckoutValues } from './bill-input.schema';
import type { BillLineTotals } from './bill-totals';
import { packagePaymentsOverflow } from './package-cover';

const formatCents = (currencyDecimals: number) => (cents: number) => (cents / 100).toFixed(Math.min(2, currencyDecimals));

/** Whether a package pays for a treatment (null treatmentIds: any treatment). */
export const packageCovers = (pkg: Pick<MemberPackage, 'treatmentIds'>, treatmentId: number) => pkg.treatmentIds === null || pkg.treatmentIds.includes(treatmentId);

/** The bill's lines paid by a session package (by line index), each the member's, usable today and covering its treatment; else the refusal naming `lines.N.memberPackageId`. */
export async function sessionLinePackages(manager: EntityManager, lines: readonly BillLineValues[], member: Member | null, today: string): Promise<Map<number, MemberPackage>> {
  const wanted = lines.flatMap((line, index) => (line.memberPackageId === null ? [] : [{ line, index, field: `lines.${index}.memberPackageId` }]));
  const found = new Map<number, MemberPackage>();
  if (!wanted.length) return found;
  const ids = [...new Set(wanted.map((w) => w.line.memberPackageId!))];
  const packages = new Map((await manager.findBy(MemberPackage, { id: In(ids) })).map((p) => [p.id, p]));
  for (const { line, index, field } of wanted) {
    if (line.kind !== 'TREATMENT') throw invalidField(field, 'sessionLineNotTreatment');
    if (!member) throw invalidField(field, 'prepaidNeedsMember');
    const pkg = packages.get(line.memberPackageId!);
    if (!pkg || pkg.memberId !== member.id) throw packageNotUsable(field, 'packageNotFound');
    if (pkg.kind !== PackageKind.SESSIONS) throw packageNotUsable(field, 'packageNotSessions', { name: pkg.name });
    const refusal = packageRefusal(pkg, { memberId: member.id, treatmentId: line.itemId, today });
    if (refusal) throw packageNotUsable(field, refusal, { name: pkg.name });
    found.set(index, pkg);
  }
  return found;
}

export type PrepaidPayment = { index: number; kind: TenderKind.STORED_VALUE | TenderKind.PACKAGE; memberPackageId: number | null; pin: string | null };

/** The bill's stored-value and package payments, refused before anything is written when the member, her card or the packages do not allow them. */
export async function checkPrepaidPayments(
  manager: EntityManager,
  input: {
    values: CheckoutValues;
    tenders: ReadonlyMap<number, TenderType>;
    member: Member | null;
    lines: ReadonlyArray<{ kind: string; itemId: number; memberPackageId: number | null }>;
    lineTotals: readonly BillLineTotals[];
    today: string;
    currencyDecimals: number;
  },
): Promise<PrepaidPayment[]> {
  const { values, member } = input;
  const prepaid: PrepaidPayment[] = [];
  values.payments.forEach((p, index) => {
    const kind = input.tenders.get(p.tenderTypeId)?.kind;
    if (kind === TenderKind.STORED_VALUE || kind === TenderKind.PACKAGE) prepaid.push({ index, kind, memberPackageId: p.memberPackageId, pin: p.pin });
  });
  const sessionLines = input.lines.flatMap((line, index) => (line.memberPackageId === null ? [] : [index]));
  if (!member || (!prepaid.length && !sessionLines.length)) {
    if (prepaid.length) throw invalidField(`payments.${prepaid[0].index}.tenderTypeId`, 'prepaidNeedsMember');
    return prepaid;
  }
  // Every prepaid use reads her card here, in this transaction: one locked a moment ago refuses them all.
  for (const p of prepaid) {
    await assertPrepaidPayable(manager, member.id, { field: `payments.${p.index}.tenderTypeId`, needsPin: p.kind === TenderKind.STORED_VALUE, pin: p.pin, pinField: `payments.${p.index}.pin` });
  }
  for (const index of sessionLines) await assertPrepaidPayable(manager, member.id, { field: `lines.${index}.memberPackageId`, needsPin: false });

  const byPackage = prepaid.filter((p) => p.kind === TenderKind.PACKAGE);
  for (const p of byPackage) if (p.memberPackageId === null) throw invalidField(`payments.${p.index}.memberPackageId`, 'required');
  if (!byPackage.length) return prepaid;
  const ids = [...new Set(byPackage.map((p) => p.memberPackageId!))];
  const packages = new Map((await manager.findBy(MemberPackage, { id: In(ids) })).map((pkg) => [pkg.id, pkg]));
  const covers = byPackage.map((p) => {
    const field = `payments.${p.index}.memberPackageId`;
    const pkg = packages.get(p.memberPackageId!);
    if (!pkg || pkg.memberId !== member.id) throw packageNotUsable(field, 'packageNotFound');
    if (pkg.kind !== PackageKind.VALUE) throw packageNotUsable(field, 'packageNotValue', { name: pkg.name });
    const refusal = packageRefusal(pkg, { memberId: member.id, treatmentId: null, today: input.today });
    if (refusal) throw packageNotUsable(field, refusal, { name: pkg.name });
    return input.lines.map((line) => line.kind === 'TREATMENT' && packageCovers(pkg, line.itemId));
  });
  const overflow = packagePaymentsOverflow(
    byPackage.map((p, i) => ({ amountCents: values.payments[p.index].amountCents, covers: covers[i] })),
    input.lineTotals.map((t) => t.totalCents),
  );
  if (overflow) {
    throw invalidField(`payments.${byPackage[overflow.index].index}.amountCents`, 'packageOverCovered', { max: formatCents(input.currencyDecimals)(overflow.coveredCents) });
  }
  return prepaid;
}

/**
 * Takes the bill's package uses and stored-value debits, once the invoice row exists. Packages
 * first, in id order (two bills sharing packages lock them alike), then her stored-value account.
 */
export async function takePrepaid(
  manager: EntityManager,
  sale: {
    memberId: number;
    invoiceId: number;
    branchId: number;
    appointmentId: number | null;
    staffId: number | null;
    at: Date;
    today: string;
    currencyDecimals: number;
    lines: ReadonlyArray<{ itemId: number; quantity: number; memberPackageId: number | null }>;
    prepaid: readonly PrepaidPayment[];
    /** What each payment settles, by payment index. */
    appliedCents: readonly number[];
  },
): Promise<void> {
  const who = { at: sale.at, staffId: sale.staffId, branchId: sale.branchId, memberId: sale.memberId, invoiceId: sale.invoiceId, today: sale.today };
  const uses = [
    ...sale.lines.flatMap((line, i) =>
      line.memberPackageId === null
        ? []
        : [{ memberPackageId: line.memberPackageId, sessions: line.quantity, treatmentId: line.itemId, appointmentId: sale.appointmentId, field: `lines.${i}.memberPackageId` }],
    ),
    ...sale.prepaid
      .filter((p) => p.kind === TenderKind.PACKAGE)
      .map((p) => ({ memberPackageId: p.memberPackageId!, valueCents: sale.appliedCents[p.index], treatmentId: null, appointmentId: null, field: `payments.${p.index}.amountCents` })),
  ].sort((a, b) => a.memberPackageId - b.memberPackageId);
  for (const use of uses) await spendPackage(manager, { ...who, ...use });

  for (const p of sale.prepaid) {
    if (p.kind !== TenderKind.STORED_VALUE) continue;
    await postStoredValue(manager, {
      memberId: sale.memberId,
      kind: StoredValueEntryKind.PAYMENT,
      amountCents: -sale.appliedCents[p.index],
      at: sale.at,
      branchId: sale.branchId,
      invoiceId: sale.invoiceId,
      staffId: sale.staffId,
      field: `payments.${p.index}.amountCents`,
      formatBalance: formatCents(sale.currencyDecimals),
    });
  }
}
