/**
 * The package ledger (計次 / discount packages): the one way any code changes a member's package.
 * Every change is an append-only entry; the package row caches what remains (sessions or value)
 * and what revenue is still deferred, written in the caller's transaction.
 *
 * Concurrency: the package row is the lock (SELECT … FOR UPDATE on MySQL; SQLite runs one
 * transaction at a time). A use reads the row under that lock, checks it may be used — the
 * member's, not refunded, not expired, for this treatment, enough left — and writes it, so of
 * concurrent uses of the last session exactly one passes.
 *
 * Callers own the transaction, the idempotency key, the card check and the audit entry.
 */
import type { EntityManager } from 'typeorm';
import { MemberPackage, PackageEntry } from '../../entities';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { PackageEntryKind } from '../../entities/package-entry.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { lockForUpdate } from '../../db/dialect';
import { packageNotUsable } from '../errors/domain-error';
import { recognisedRevenueCents } from './prepaid-rules';

type Who = { at: Date; staffId?: number | null; branchId?: number | null };

export type PackageSale = Who & {
  memberId: number;
  typeId: number | null;
  prepaidSaleId: number;
  name: string;
  kind: PackageKind;
  treatmentIds: number[] | null;
  sessions: number;
  valueCents: number;
  priceCents: number;
  branchId: number;
  validTo: string;
};

/** Opens a sold package and writes its SALE entry. */
export async function openPackage(manager: EntityManager, sale: PackageSale): Promise<MemberPackage> {
  const sessions = sale.kind === PackageKind.SESSIONS ? sale.sessions : 0;
  const valueCents = sale.kind === PackageKind.VALUE ? sale.valueCents : 0;
  const row = manager.create(MemberPackage, {
    memberId: sale.memberId,
    typeId: sale.typeId,
    prepaidSaleId: sale.prepaidSaleId,
    name: sale.name,
    kind: sale.kind,
    treatmentIds: sale.treatmentIds,
    sessionsTotal: sessions,
    sessionsRemaining: sessions,
    valueCents,
    remainingCents: valueCents,
    priceCents: sale.priceCents,
    deferredCents: sale.priceCents,
    status: MemberPackageStatus.ACTIVE,
    branchId: sale.branchId,
    soldAt: sale.at,
    validTo: sale.validTo,
    expiryBooked: false,
  });
  row.id = Number((await manager.insert(MemberPackage, row)).identifiers[0].id);
  await insertEntry(manager, row, { kind: PackageEntryKind.SALE, sessions, valueCents, revenueCents: 0, at: sale.at, staffId: sale.staffId, branchId: sale.branchId });
  return row;
}

/** The package, locked for this transaction; NOT_USABLE naming `field` when it is not there. */
export async function lockPackage(manager: EntityManager, memberPackageId: number, field: string): Promise<MemberPackage> {
  const row = await lockForUpdate(manager.createQueryBuilder(MemberPackage, 'p').where('p.id = :id', { id: memberPackageId })).getOne();
  if (!row) throw packageNotUsable(field, 'packageNotFound');
  return row;
}

/** Why the package cannot pay for a treatment today, or null when it can (pure: the locked row is read by the caller). */
export function packageRefusal(pkg: MemberPackage, use: { memberId: number; treatmentId: number | null; today: string }): string | null {
  if (pkg.memberId !== use.memberId) return 'packageOfAnotherMember';
  if (pkg.status === MemberPackageStatus.REFUNDED) return 'packageRefunded';
  if (pkg.validTo < use.today) return 'packageExpired';
  if (use.treatmentId !== null && pkg.treatmentIds && !pkg.treatmentIds.includes(use.treatmentId)) return 'packageNotForTreatment';
  if (pkg.kind === PackageKind.SESSIONS ? pkg.sessionsRemaining <= 0 : pkg.remainingCents <= 0) return 'packageUsedUp';
  return null;
}

export type PackageUse = Who & {
  memberPackageId: number;
  memberId: number;
  /** SESSIONS: sessions to use (≥ 1). */
  sessions?: number;
  /** VALUE: cents to spend (≥ 1). */
  valueCents?: number;
  treatmentId: number | null;
  invoiceId?: number | null;
  appointmentId?: number | null;
  /** The branch's calendar day: a package is usable through its validTo. */
  today: string;
  /** The input field a refusal names. */
  field: string;
};

/** Uses sessions or value of a package (USE entry with its recognised revenue); PACKAGE_NOT_USABLE naming `use.field` when it cannot. */
export async function usePackage(manager: EntityManager, use: PackageUse): Promise<PackageEntry> {
  const pkg = await lockPackage(manager, use.memberPackageId, use.field);
  const refusal = packageRefusal(pkg, use);
  if (refusal) throw packageNotUsable(use.field, refusal, { name: pkg.name });
  const sessions = pkg.kind === PackageKind.SESSIONS;
  const amount = sessions ? (use.sessions ?? 1) : (use.valueCents ?? 0);
  if (!Number.isInteger(amount) || amount <= 0) throw new Error('a package use takes a whole, positive amount');
  const remainingBefore = sessions ? pkg.sessionsRemaining : pkg.remainingCents;
  if (amount > remainingBefore) {
    throw packageNotUsable(use.field, sessions ? 'packageSessionsShort' : 'packageValueShort', { name: pkg.name, remaining: sessions ? remainingBefore : (remainingBefore / 100).toFixed(2) });
  }
  const revenueCents = recognisedRevenueCents(pkg.deferredCents, remainingBefore, amount);
  pkg.deferredCents -= revenueCents;
  if (sessions) pkg.sessionsRemaining -= amount;
  else pkg.remainingCents -= amount;
  await manager.update(MemberPackage, { id: pkg.id }, { sessionsRemaining: pkg.sessionsRemaining, remainingCents: pkg.remainingCents, deferredCents: pkg.deferredCents });
  return insertEntry(manager, pkg, {
    kind: PackageEntryKind.USE,
    sessions: sessions ? -amount : 0,
    valueCents: sessions ? 0 : -amount,
    revenueCents,
    treatmentId: use.treatmentId,
    invoiceId: use.invoiceId ?? null,
    appointmentId: use.appointmentId ?? null,
    at: use.at,
    staffId: use.staffId,
    branchId: use.branchId,
  });
}

/** Adds sessions to a session package (增加計次) with a reason; what is deferred is then spread over more sessions. */
export async function addSessions(manager: EntityManager, input: Who & { memberPackageId: number; sessions: number; reason: string; field: string }): Promise<PackageEntry> {
  const pkg = await lockPackage(manager, input.memberPackageId, input.field);
  if (pkg.kind !== PackageKind.SESSIONS) throw packageNotUsable(input.field, 'packageNotSessions', { name: pkg.name });
  if (pkg.status === MemberPackageStatus.REFUNDED) throw packageNotUsable(input.field, 'packageRefunded', { name: pkg.name });
  pkg.sessionsTotal += input.sessions;
  pkg.sessionsRemaining += input.sessions;
  await manager.update(MemberPackage, { id: pkg.id }, { sessionsTotal: pkg.sessionsTotal, sessionsRemaining: pkg.sessionsRemaining });
  return insertEntry(manager, pkg, { kind: PackageEntryKind.ADD, sessions: input.sessions, valueCents: 0, revenueCents: 0, reason: input.reason, at: input.at, staffId: input.staffId, branchId: input.branchId });
}

/** Gives back every use an invoice made of packages (its void): sessions or value return, and the revenue they recognised is deferred again. */
export async function reverseInvoiceUses(manager: EntityManager, invoiceId: number, who: Who & { reason: string }): Promise<number> {
  const uses = await manager.find(PackageEntry, { where: { invoiceId, kind: PackageEntryKind.USE }, order: { memberPackageId: 'ASC', id: 'ASC' } });
  for (const use of uses) {
    const pkg = await lockPackage(manager, use.memberPackageId, 'invoiceId');
    pkg.sessionsRemaining -= use.sessions;
    pkg.remainingCents -= use.valueCents;
    pkg.deferredCents += use.revenueCents;
    await manager.update(MemberPackage, { id: pkg.id }, { sessionsRemaining: pkg.sessionsRemaining, remainingCents: pkg.remainingCents, deferredCents: pkg.deferredCents });
    await insertEntry(manager, pkg, { kind: PackageEntryKind.REVERSE, sessions: -use.sessions, valueCents: -use.valueCents, revenueCents: -use.revenueCents, treatmentId: use.treatmentId, invoiceId, reason: who.reason, at: who.at, staffId: who.staffId, branchId: who.branchId });
  }
  return uses.length;
}

/**
 * Closes what is left of a package: EXPIRE books it all as revenue (breakage); REFUND takes it
 * out without revenue (the money goes back by the refund's own payment). The package is locked first.
 */
export async function closePackage(manager: EntityManager, memberPackageId: number, kind: PackageEntryKind.EXPIRE | PackageEntryKind.REFUND, who: Who & { reason?: string | null }): Promise<PackageEntry> {
  const pkg = await lockPackage(manager, memberPackageId, 'memberPackageId');
  const sessions = -pkg.sessionsRemaining;
  const valueCents = -pkg.remainingCents;
  const revenueCents = kind === PackageEntryKind.EXPIRE ? pkg.deferredCents : 0;
  pkg.sessionsRemaining = 0;
  pkg.remainingCents = 0;
  pkg.deferredCents = 0;
  await manager.update(MemberPackage, { id: pkg.id }, {
    sessionsRemaining: 0,
    remainingCents: 0,
    deferredCents: 0,
    ...(kind === PackageEntryKind.EXPIRE ? { expiryBooked: true } : { status: MemberPackageStatus.REFUNDED }),
  });
  return insertEntry(manager, pkg, { kind, sessions, valueCents, revenueCents, reason: who.reason ?? null, at: who.at, staffId: who.staffId, branchId: who.branchId });
}

async function insertEntry(
  manager: EntityManager,
  pkg: MemberPackage,
  e: Who & { kind: PackageEntryKind; sessions: number; valueCents: number; revenueCents: number; treatmentId?: number | null; invoiceId?: number | null; appointmentId?: number | null; reason?: string | null },
): Promise<PackageEntry> {
  const entry = manager.create(PackageEntry, {
    memberPackageId: pkg.id,
    memberId: pkg.memberId,
    kind: e.kind,
    sessions: e.sessions,
    valueCents: e.valueCents,
    sessionsAfter: pkg.sessionsRemaining,
    remainingAfterCents: pkg.remainingCents,
    revenueCents: e.revenueCents,
    treatmentId: e.treatmentId ?? null,
    invoiceId: e.invoiceId ?? null,
    appointmentId: e.appointmentId ?? null,
    branchId: e.branchId ?? null,
    reason: e.reason ?? null,
    staffId: e.staffId ?? null,
    createdAt: e.at,
  });
  entry.id = Number((await manager.insert(PackageEntry, entry)).identifiers[0].id);
  return entry;
}
