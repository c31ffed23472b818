import { Not, type DataSource } from 'typeorm';
import { Campaign, Offer } from '../../entities';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { alreadyUsed, notFound } from '../errors/domain-error';
import { auditSettingChange } from '../contact-settings/settings-access.service';
import { pageBySortKey } from '../members/config-audit.service';
import { validateOffer, type OfferInput, type OfferValues } from './offer-rules';

const AUDIT_ENTITY = 'offer';

const snapshot = (o: Offer | OfferValues) => ({ code: o.code, name: o.name, analysisCode: o.analysisCode, isMarketing: o.isMarketing });

/** Offers as campaigns need them (code, name, analysis code, marketing flag); managers change them. */
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
      if (await manager.existsBy(Offer, { code: values.code })) throw alreadyUsed('code');
      const offer = await manager.save(Offer, manager.create(Offer, values));
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
      if (await manager.existsBy(Offer, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      await manager.update(Offer, { id }, values);
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
