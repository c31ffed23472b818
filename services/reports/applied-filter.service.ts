import { In, type DataSource } from 'typeorm';
import { Branch, Campaign, MemberGroup, SalesGroup, Staff } from '../../entities';
import type { ReportFilter } from './report-filter';

/** A report filter by name, for the header of the screen, the print and the export (empty = 全部). */
export type AppliedFilter = {
  branches: Branch[];
  campaigns: Campaign[];
  salesGroups: SalesGroup[];
  salespeople: Staff[];
  memberGroups: MemberGroup[];
  contactedFrom: string | null;
  contactedTo: string | null;
};

/** The filter's ids as records, each list in its usual order (codes; sales groups by name; member groups by their order). */
export async function appliedFilter(ds: DataSource, filter: ReportFilter): Promise<AppliedFilter> {
  const some = <T extends { id: number }>(target: new () => T, ids: number[] | undefined, order: Record<string, 'ASC'>) =>
    ids?.length ? ds.getRepository(target).find({ where: { id: In(ids) } as never, order: order as never }) : Promise.resolve([] as T[]);
  const [branches, campaigns, salesGroups, salespeople, memberGroups] = await Promise.all([
    some(Branch, filter.branchIds, { code: 'ASC' }),
    some(Campaign, filter.campaignIds, { code: 'ASC' }),
    some(SalesGroup, filter.salesGroupIds, { name: 'ASC' }),
    some(Staff, filter.salespersonIds, { code: 'ASC' }),
    some(MemberGroup, filter.memberGroupIds, { sortOrder: 'ASC' }),
  ]);
  return { branches, campaigns, salesGroups, salespeople, memberGroups, contactedFrom: filter.contactedFrom ?? null, contactedTo: filter.contactedTo ?? null };
}
