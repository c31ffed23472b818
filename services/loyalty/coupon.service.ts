/**
 * E-coupons (電子優惠券): the types managers keep, issuing a coupon to one member, voiding one,
 * the expiry pass, and the list of issued coupons. Issuing to a member search result is the bulk
 * job in coupon-issue-job.service.ts; using one at the cashier is coupon-at-sale.service.ts.
 * Every holder is read through the viewer's member scope.
 */
import { randomBytes } from 'node:crypto';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { Branch, Coupon, CouponType, Department, Member, Product, ProductCategory, Treatment } from '../../entities';
import { CouponDiscountKind } from '../../entities/coupon-type.entity';
import { CouponStatus } from '../../entities/coupon.entity';
import type { Page } from '../../graphql/connection';
import { localDateIn } from '../appointments/arrival-day';
import { recordAudit } from '../audit/audit-log.service';
import { Permission } from '../admin/permission';
import { requirePermission, type Viewer } from '../auth/viewer';
import { auditSettingChange } from '../contact-settings/settings-access.service';
import { alreadyUsed, DomainError, ErrorCode, invalidField, notFound } from '../errors/domain-error';
import { uniqueKeysOf, violatedUniqueKey } from '../errors/unique-violation.service';
import { inIdempotentTransaction, requestHashOf, withIdempotency } from '../idempotency/idempotency.service';
import { pageBySortKey } from '../members/config-audit.service';
import { applyMemberScope } from '../members/member-query.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { visibleMember } from '../sales/bill-pricing.service';
import { parseInput } from '../validation/parse-input';
import { memberScopeFor } from '../visibility/member-visibility';
import { couponValidity, newCouponCode } from './coupon-rules';
import { couponTypeSchema, couponVoidSchema, type CouponTypeInput, type CouponTypeValues } from './coupon-type-input.schema';

const TYPE_AUDIT = 'coupon_type';
const CODE_ATTEMPTS = 5;

const typeSnapshot = (t: CouponType | CouponTypeValues) => ({ ...t, createdAt: undefined, updatedAt: undefined, id: undefined });

async function checkReferences(manager: EntityManager, values: CouponTypeValues): Promise<void> {
  const lists = [
    ['productIds', Product, 'product', values.productIds],
    ['treatmentIds', Treatment, 'treatment', values.treatmentIds],
    ['categoryIds', ProductCategory, 'category', values.categoryIds],
    ['departmentIds', Department, 'department', values.departmentIds],
  ] as const;
  for (const [field, entity, name, ids] of lists) {
    if (ids && (await manager.countBy(entity, { id: In(ids) })) !== ids.length) throw invalidField(field, 'notFound', { entity: name });
  }
}

const columnsOf = (values: CouponTypeValues) => ({ ...values, discountKind: values.discountKind as CouponDiscountKind });

/** Coupon types by code; managers change them (a type in use is deactivated rather than removed). */
export class CouponTypeService {
  constructor(private readonly ds: DataSource) {}

  list(activeOnly: boolean, page: { first: number; after?: string | null }): Promise<Page<CouponType>> {
    const query = () => {
      const qb = this.ds.getRepository(CouponType).createQueryBuilder('t');
      if (activeOnly) qb.where('t.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 't', 'code', page);
  }

  async create(viewer: Viewer, input: CouponTypeInput): Promise<CouponType> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(couponTypeSchema, input);
    return this.ds.transaction(async (manager) => {
      if (await manager.existsBy(CouponType, { code: values.code })) throw alreadyUsed('code');
      await checkReferences(manager, values);
      const type = await manager.save(CouponType, manager.create(CouponType, columnsOf(values)));
      await auditSettingChange(manager, viewer, { entityType: TYPE_AUDIT, entityId: type.id, before: null, after: typeSnapshot(type) });
      return type;
    });
  }

  async update(viewer: Viewer, id: number, input: CouponTypeInput): Promise<CouponType> {
    requirePermission(viewer, Permission.LoyaltyManage);
    const values = parseInput(couponTypeSchema, input);
    return this.ds.transaction(async (manager) => {
      const type = await manager.findOneBy(CouponType, { id });
      if (!type) throw notFound('couponType');
      const clash = await manager.findOneBy(CouponType, { code: values.code });
      if (clash && clash.id !== id) throw alreadyUsed('code');
      await checkReferences(manager, values);
      await manager.update(CouponType, { id }, columnsOf(values));
      const updated = await manager.findOneByOrFail(CouponType, { id });
      await auditSettingChange(manager, viewer, { entityType: TYPE_AUDIT, entityId: id, before: typeSnapshot(type), after: typeSnapshot(updated) });
      return updated;
    });
  }
}

/** An active type to issue, else refused naming `typeId`. */
export async function issuableType(manager: EntityManager, typeId: number): Promise<CouponType> {
  const type = await manager.findOneBy(CouponType, { id: typeId });
  if (!type) throw invalidField('typeId', 'notFound', { entity: 'couponType' });
  if (!type.active) throw invalidField('typeId', 'inactiveChoice');
  return type;
}

/** The business day at the member's branch, which a coupon's validity counts from. */
export async function issueDayOf(manager: EntityManager, member: { branchId: number }, now: Date): Promise<string> {
  const branch = await manager.findOneBy(Branch, { id: member.branchId });
  return localDateIn(now, branch?.timeZone ?? 'UTC');
}

/**
 * Writes one coupon with a fresh random code. A clash with an existing code (rare: see
 * coupon-rules.ts) fails only that INSERT, on both databases the transaction goes on, and a new
 * code is drawn.
 */
export async function insertCoupon(
  manager: EntityManager,
  row: Omit<Coupon, 'id' | 'code' | 'status' | 'redeemedAt' | 'invoiceId' | 'redeemedBranchId' | 'discountCents' | 'expiredAt' | 'voidedAt' | 'voidedById' | 'voidReason'>,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const code = newCouponCode((size) => randomBytes(size));
      return Number((await manager.insert(Coupon, { ...row, code, status: CouponStatus.ISSUED })).identifiers[0].id);
    } catch (error) {
      const key = violatedUniqueKey(error, uniqueKeysOf(manager.connection));
      if (key?.table !== 'coupons' || attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

export type CouponFilter = {
  statuses?: CouponStatus[] | null;
  typeId?: number | null;
  memberId?: number | null;
  issuedFrom?: Date | null;
  issuedBefore?: Date | null;
};

export const ISSUE_COUPON_SCOPE = 'issueCoupon';
export const VOID_COUPON_SCOPE = 'voidCoupon';

export class CouponService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Issues one coupon of an active type to a member the viewer may see; retried with the same key it returns the first coupon. */
  async issue(viewer: Viewer, input: { memberId: number; typeId: number; idempotencyKey: string }): Promise<Coupon> {
    requirePermission(viewer, Permission.LoyaltyIssueCoupons);
    const request = { memberId: input.memberId, typeId: input.typeId };
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, ISSUE_COUPON_SCOPE, input.idempotencyKey, requestHashOf(request), viewer.staffId, async () => {
        const member = await visibleMember(manager, viewer, input.memberId);
        const type = await issuableType(manager, input.typeId);
        const now = this.clock();
        const validity = couponValidity(type, await issueDayOf(manager, member, now));
        const id = await insertCoupon(manager, { typeId: type.id, memberId: member.id, ...validity, issuedAt: now, issuedById: viewer.staffId, issueJobId: null });
        await recordAudit(manager, { entityType: 'coupon', entityId: id, action: 'create', actorId: viewer.staffId, after: { typeId: type.id, memberId: member.id, ...validity } });
        return id;
      }),
    );
    return this.ds.manager.findOneByOrFail(Coupon, { id: resultId });
  }

  /** Voids an issued coupon of a member the viewer may see, with a reason; one already used, expired or voided is refused. */
  async void(viewer: Viewer, input: { id: number; reason: string; idempotencyKey: string }): Promise<Coupon> {
    requirePermission(viewer, Permission.LoyaltyVoidCoupons);
    const { reason } = parseInput(couponVoidSchema, { reason: input.reason });
    const { resultId } = await inIdempotentTransaction(this.ds, (manager) =>
      withIdempotency(manager, VOID_COUPON_SCOPE, input.idempotencyKey, requestHashOf({ id: input.id, reason }), viewer.staffId, async () => {
        const coupon = await manager.findOneBy(Coupon, { id: input.id });
        if (!coupon) throw notFound('coupon');
        await visibleMember(manager, viewer, coupon.memberId).catch(() => {
          throw notFound('coupon');
        });
        const now = this.clock();
        const result = await manager
          .createQueryBuilder()
          .update(Coupon)
          .set({ status: CouponStatus.VOIDED, voidedAt: now, voidedById: viewer.staffId, voidReason: reason })
          .where('id = :id AND status = :issued', { id: coupon.id, issued: CouponStatus.ISSUED })
          .execute();
        if (!result.affected) {
          const current = await manager.findOneByOrFail(Coupon, { id: coupon.id });
          throw new DomainError(ErrorCode.Conflict, 'couponNotVoidable', { status: current.status }, 'id');
        }
        await recordAudit(manager, { entityType: 'coupon', entityId: coupon.id, action: 'void', actorId: viewer.staffId, before: { status: coupon.status }, after: { status: CouponStatus.VOIDED, voidReason: reason } });
        return coupon.id;
      }),
    );
    return this.ds.manager.findOneByOrFail(Coupon, { id: resultId });
  }

  /** Issued coupons, newest first, whose holders the viewer may see. */
  async list(viewer: Viewer, filter: CouponFilter, page: { first: number; after?: string | null }): Promise<Page<Coupon>> {
    const query = () => scopedCoupons(this.ds, viewer, filter);
    const qb = query().orderBy('c.issuedAt', 'DESC').addOrderBy('c.id', 'DESC').take(page.first + 1);
    if (page.after) {
      const [issuedAt, id] = decodeCursor(page.after, 2);
      qb.andWhere(new Brackets((w) => w.where('c.issuedAt < :cAt', { cAt: new Date(String(issuedAt)) }).orWhere('c.issuedAt = :cAt AND c.id < :cId', { cId: Number(id) })));
    }
    const rows = await qb.getMany();
    return { ...sliceWithLookahead(rows, page.first), cursorOf: (c) => encodeCursor([c.issuedAt.toISOString(), c.id]), totalCount: () => query().getCount() };
  }
}

/** Coupons matching the filter whose holder is in the viewer's member scope (and not in the recycle bin). */
export function scopedCoupons(ds: DataSource, viewer: Viewer, filter: CouponFilter): SelectQueryBuilder<Coupon> {
  const qb = ds.getRepository(Coupon).createQueryBuilder('c').innerJoin(Member, 'm', 'm.id = c.memberId AND m.deletedAt IS NULL');
  applyMemberScope(qb as unknown as SelectQueryBuilder<Member>, 'm', memberScopeFor(viewer));
  if (filter.statuses?.length) qb.andWhere('c.status IN (:...cStatuses)', { cStatuses: filter.statuses });
  if (filter.typeId) qb.andWhere('c.typeId = :cType', { cType: filter.typeId });
  if (filter.memberId) qb.andWhere('c.memberId = :cMember', { cMember: filter.memberId });
  if (filter.issuedFrom) qb.andWhere('c.issuedAt >= :cFrom', { cFrom: filter.issuedFrom });
  if (filter.issuedBefore) qb.andWhere('c.issuedAt < :cBefore', { cBefore: filter.issuedBefore });
  return qb;
}

/** Coupons per batch of the expiry pass: each batch its own short transaction. */
export const EXPIRY_BATCH = 500;

/**
 * The hourly pass: ISSUED coupons whose last day has ended in every branch's time zone become
 * EXPIRED. Each batch is a guarded UPDATE (… AND status = 'ISSUED'), so two instances running it
 * at once, or a checkout using a coupon meanwhile, never count one twice; a pass that dies is
 * continued by the next. Returns how many it expired.
 */
export async function expireCoupons(ds: DataSource, now: Date = new Date()): Promise<number> {
  const zones = (await ds.getRepository(Branch).createQueryBuilder('b').select('DISTINCT b.timeZone', 'tz').getRawMany<{ tz: string }>()).map((r) => r.tz);
  const today = (zones.length ? zones : ['UTC']).map((tz) => localDateIn(now, tz)).sort()[0];
  let expired = 0;
  for (;;) {
    const ids = (
      await ds
        .getRepository(Coupon)
        .createQueryBuilder('c')
        .select('c.id', 'id')
        .where('c.status = :issued AND c.validTo < :today', { issued: CouponStatus.ISSUED, today })
        .orderBy('c.id', 'ASC')
        .limit(EXPIRY_BATCH)
        .getRawMany<{ id: number | string }>()
    ).map((r) => Number(r.id));
    if (!ids.length) return expired;
    const result = await ds
      .createQueryBuilder()
      .update(Coupon)
      .set({ status: CouponStatus.EXPIRED, expiredAt: now })
      .where('id IN (:...ids) AND status = :issued AND validTo < :today', { ids, issued: CouponStatus.ISSUED, today })
      .execute();
    expired += result.affected ?? 0;
    if (ids.length < EXPIRY_BATCH) return expired;
  }
}

export type CouponReportRow = { typeId: number; issued: number; redeemed: number; expired: number; voided: number; discountCents: number };

/**
 * Issued / redeemed / expired / voided per coupon type within [from, before): each counted by
 * when it happened (issuedAt, redeemedAt, expiredAt, voidedAt), holders within the viewer's
 * member scope; discountCents is what the coupons redeemed in the period took off. Types with
 * nothing in the period are left out.
 */
export async function couponReport(ds: DataSource, viewer: Viewer, range: { from: Date; before: Date; typeId?: number | null }): Promise<CouponReportRow[]> {
  const rows = new Map<number, CouponReportRow>();
  const row = (typeId: number) => rows.get(typeId) ?? rows.set(typeId, { typeId, issued: 0, redeemed: 0, expired: 0, voided: 0, discountCents: 0 }).get(typeId)!;
  const events = [
    ['issued', 'issuedAt', null],
    ['redeemed', 'redeemedAt', CouponStatus.REDEEMED],
    ['expired', 'expiredAt', CouponStatus.EXPIRED],
    ['voided', 'voidedAt', CouponStatus.VOIDED],
  ] as const;
  for (const [figure, column, status] of events) {
    const qb = scopedCoupons(ds, viewer, { typeId: range.typeId ?? null })
      .select('c.typeId', 'typeId')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(c.discountCents), 0)', 'cents')
      .andWhere(`c.${column} >= :rFrom AND c.${column} < :rBefore`, { rFrom: range.from, rBefore: range.before })
      .groupBy('c.typeId');
    // A redeemed coupon given back by a void is ISSUED again and counts as issued only.
    if (status) qb.andWhere('c.status = :rStatus', { rStatus: status });
    for (const r of await qb.getRawMany<{ typeId: number | string; n: number | string; cents: number | string }>()) {
      const target = row(Number(r.typeId));
      target[figure] = Number(r.n);
      if (figure === 'redeemed') target.discountCents = Number(r.cents);
    }
  }
  return [...rows.values()].sort((a, b) => a.typeId - b.typeId);
}
