import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import {
  AuditLog, Branch, Campaign, CampaignMember, CustomField, InterestGroup, Member, MemberComment, MemberCustomValue, MemberGroup,
  MemberInterest, SalesGroup, Staff,
} from '../entities';
import { childPages, childrenOf } from './child-pages';

function byId<T extends ObjectLiteral & { id: number }>(ds: DataSource, target: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await ds.getRepository(target).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batch loaders: field resolvers never query one row at a time. */
export function createLoaders(ds: DataSource) {
  return {
    branch: byId(ds, Branch),
    staff: byId(ds, Staff),
    salesGroup: byId(ds, SalesGroup),
    memberGroup: byId(ds, MemberGroup),
    // Raw rows: whoever uses `member` applies the viewer's scope and the recycle bin itself.
    member: byId(ds, Member),
    interestGroup: byId(ds, InterestGroup),
    customField: byId(ds, CustomField),
    campaign: byId(ds, Campaign),
    memberInterests: childrenOf(ds, MemberInterest, 'memberId'),
    memberCustomValues: childrenOf(ds, MemberCustomValue, 'memberId'),
    memberComments: childPages(ds, { target: MemberComment, parent: 'memberId' }),
    memberAuditLog: childPages(ds, { target: AuditLog, parent: 'entityId', where: { sql: `${ds.driver.escape('entityType')} = ?`, params: ['member'] } }),
    memberCampaigns: childPages(ds, { target: CampaignMember, parent: 'memberId' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
