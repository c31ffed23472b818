import { Not, type DataSource, type EntityManager } from 'typeorm';
import { Campaign, CampaignMember, Offer } from '../../entities';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { auditSettingChange } from '../contact-settings/settings-access.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { prefixPattern, validateCampaign, type CampaignInput, type CampaignValues } from './campaign-rules';

const AUDIT_ENTITY = 'campaign';

const snapshot = (c: Campaign | CampaignValues) => ({
  code: c.code, name: c.name, details: c.details, offerId: c.offerId, startsOn: c.startsOn, endsOn: c.endsOn, archived: c.archived,
});

export type CampaignListFilter = { includeArchived: boolean; search?: string | null };

/** Contact campaigns (聯絡活動): listed for every signed-in staff member, changed by managers. */
export class CampaignService {
  constructor(private readonly ds: DataSource) {}

  /** Campaigns newest first; archived ones only when asked; `search` is a code or name prefix. */
  async list(filter: CampaignListFilter, page: { first: number; after?: string | null }): Promise<Page<Campaign>> {
    const search = filter.search?.trim();
    const build = () => {
      const qb = this.ds.getRepository(Campaign).createQueryBuilder('c');
      if (!filter.includeArchived) qb.andWhere('c.archived = :archived', { archived: false });
      if (search) qb.andWhere("(c.code LIKE :prefix ESCAPE '!' OR c.name LIKE :prefix ESCAPE '!')", { prefix: prefixPattern(search) });
      return qb;
    };
    const qb = build().orderBy('c.id', 'DESC').take(page.first + 1);
    if (page.after) {
      const [id] = decodeCursor(page.after, 1);
      if (typeof id !== 'number') throw invalidField('after', 'invalidCursor');
      qb.andWhere('c.id < :afterId', { afterId: id });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return { nodes, hasNextPage, cursorOf: (c) => encodeCursor([c.id]), totalCount: () => build().getCount() };
  }

  async get(id: number): Promise<Campaign> {
    const campaign = await this.ds.getRepository(Campaign).findOneBy({ id });
    if (!campaign) throw notFound('campaign');
    return campaign;
  }

  async create(viewer: Viewer, input: CampaignInput): Promise<Campaign> {
    requirePermission(viewer, Permission.CampaignsManage);
    const values = validateCampaign(input);
    return this.ds.transaction(async (manager) => {
      await checkOffer(manager, values.offerId);
      if (await manager.existsBy(Campaign, { code: values.code })) throw alreadyUsed('code');
      const campaign = await manager.save(Campaign, manager.create(Campaign, values));
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: campaign.id, before: null, after: snapshot(campaign) });
      return campaign;
    });
  }

  async update(viewer: Viewer, id: number, input: CampaignInput): Promise<Campaign> {
    requirePermission(viewer, Permission.CampaignsManage);
    const values = validateCampaign(input);
    return this.ds.transaction(async (manager) => {
      const campaign = await manager.findOneBy(Campaign, { id });
      if (!campaign) throw notFound('campaign');
      // A campaign keeps the offer it already has even if that offer stopped being a marketing one.
      if (values.offerId !== campaign.offerId) await checkOffer(manager, values.offerId);
      if (await manager.existsBy(Campaign, { code: values.code, id: Not(id) })) throw alreadyUsed('code');
      await manager.update(Campaign, { id }, values);
      const updated = await manager.findOneByOrFail(Campaign, { id });
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: snapshot(campaign), after: snapshot(updated) });
      return updated;
    });
  }

  /** Moves a campaign nobody was assigned to into the recycle bin; one with contact members is refused (archive it instead). */
  async delete(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.CampaignsManage);
    return this.ds.transaction(async (manager) => {
      const campaign = await manager.findOneBy(Campaign, { id });
      if (!campaign) throw notFound('campaign');
      refuseWhileUsed('campaignMembers', await manager.countBy(CampaignMember, { campaignId: id }));
      const rows = binRowsOf(manager, Campaign, [campaign]);
      await manager.delete(Campaign, { id });
      return moveToBin(manager, viewer, { type: RecycleBinType.Campaign, entityId: id, label: `${campaign.code} ${campaign.name}`, rows, audit: { before: snapshot(campaign) } });
    });
  }
}

/** Only an existing marketing offer (市場部優惠) may be attached to a campaign. */
async function checkOffer(manager: EntityManager, offerId: number | null): Promise<void> {
  if (offerId === null) return;
  const offer = await manager.findOneBy(Offer, { id: offerId });
  if (!offer) throw invalidField('offerId', 'notAnOption');
  if (!offer.isMarketing) throw invalidField('offerId', 'notMarketingOffer');
}
