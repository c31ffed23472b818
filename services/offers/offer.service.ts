import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { Branch, Campaign, Department, InterestGroup, MemberGroup, Offer } from '../../entities';
import type { OfferDiscountType } from '../../entities/offer.entity';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { auditSettingChange } from '../contact-settings/settings-access.service';
import { pageBySortKey } from '../members/config-audit.service';
import { validateOffer, type OfferInput, type OfferValues } from './offer-rules';

const AUDIT_ENTITY = 'offer';

const snapshot = (o: Offer | OfferValues) => ({
  code: o.code, name: o.name, altCode: o.altCode, analysisCode: o.analysisCode, isMarketing: o.isMarketing, active: o.active,
  branchIds: o.branchIds, memberGroupIds: o.memberGroupIds, interestGroupIds: o.interestGroupIds, departmentIds: o.departmentIds,
  birthdayMonthsBefore: o.birthdayMonthsBefore, birthdayMonthsAfter: o.birthdayMonthsAfter, validFrom: o.validFrom, validTo: o.validTo,
  perMemberLimit: o.perMemberLimit, discountType: o.discountType, discountBasisPoints: o.discountBasisPoints, fixedPriceCents: o.fixedPriceCents,
  prepaidExpiryMonths: o.prepaidExpiryMonths,
});

const columnsOf = (values: OfferValues) => ({ ...values, discountType: values.discountType as OfferDiscountType });

/** Each listed id must exist; the field named is the list holding one that does not. */
async function checkReferences(manager: EntityManager, values: OfferValues): Promise<void> {
  const lists = [
    ['branchIds', Branch, 'branch', values.branchIds],
    ['memberGroupIds', MemberGroup, 'memberGroup', values.memberGroupIds],
    ['interestGroupIds', InterestGroup, 'interestGroup', values.interestGroupIds],
    ['departmentIds', Department, 'department', values.departmentIds],
  ] as const;
  for (const [field, entity, name, ids] of lists) {
    if (ids && (await manager.countBy(entity, { id: In(ids) })) !== ids.length) throw invalidField(field, 'notFound', { entity: name });
  }
}

/**
 * The cashier types the code or the alternative code, so neither may be another offer's code or
 * alternative code; `id` is the offer being changed.
 */
async function checkCodesFree(manager: EntityManager, values: OfferValues, id: number | null): Promise<void> {
  const others = (where: object) => manager.existsBy(Offer, id === null ? where : { ...where, id: Not(id) });
  if ((await others({ code: values.code })) || (await others({ altCode: values.code }))) throw alreadyUsed('code');
  if (values.altCode !== null && ((await others({ code: values.altCode })) || (await others({ altCode: values.altCode })) || values.altCode === values.code)) {
    throw alreadyUsed('altCode');
  }
}

/** The offer the cashier typed: by its code, else by its alternative code; null when neither. */
export async function offerByCode(manager: EntityManager, typed: string): Promise<Offer | null> {
  const code = typed.trim();
  if (!code) return null;
  return (await manager.findOneBy(Offer, { code })) ?? (await manager.findOneBy(Offer, { altCode: code }));
}

/** Offers (優惠) with their conditions and discount; managers change them. */
export class OfferService {
  constructor(private readonly ds: DataSource) {}

  /** Offers by code; `marketingOnly` keeps those a campaign may carry. */
  list(marketingOnly: boolean, page: { first: number; after?: string | null }): Promise<Page<Offer>> {
    const query = () => {
      const qb = this.ds.getRepository(Offer).createQueryBuilder('o');
      if (marketingOnly) qb.where('o.isMarketing = :marketing', { marketing: true });
      return qb;
    };
    return pageBySortKey(query, 'o', 'code', page);
  }

  async create(viewer: Viewer, input: OfferInput): Promise<Offer> {
    requirePermission(viewer, Permission.OffersManage);
    const values = validateOffer(input);
    return this.ds.transaction(async (manager) => {
      await checkCodesFree(manager, values, null);
      await checkReferences(manager, values);
      const offer = await manager.save(Offer, manager.create(Offer, columnsOf(values)));
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: offer.id, before: null, after: snapshot(offer) });
      return offer;
    });
  }

  async update(viewer: Viewer, id: number, input: OfferInput): Promise<Offer> {
    requirePermission(viewer, Permission.OffersManage);
    const values = validateOffer(input);
    return this.ds.transaction(async (manager) => {
      const offer = await manager.findOneBy(Offer, { id });
      if (!offer) throw notFound('offer');
      await checkCodesFree(manager, values, id);
      await checkReferences(manager, values);
      await manager.update(Offer, { id }, columnsOf(values));
      const updated = await manager.findOneByOrFail(Offer, { id });
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: snapshot(offer), after: snapshot(updated) });
      return updated;
    });
  }

  /** Moves an offer no campaign carries into the recycle bin; one still attached to campaigns is refused. */
  async delete(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.OffersManage);
    return this.ds.transaction(async (manager) => {
      const offer = await manager.findOneBy(Offer, { id });
      if (!offer) throw notFound('offer');
      refuseWhileUsed('campaigns', await manager.countBy(Campaign, { offerId: id }));
      const rows = binRowsOf(manager, Offer, [offer]);
      await manager.delete(Offer, { id });
      return moveToBin(manager, viewer, { type: RecycleBinType.Offer, entityId: id, label: `${offer.code} ${offer.name}`, rows, audit: { before: snapshot(offer) } });
    });
  }
}
