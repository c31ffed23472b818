import { In, IsNull, type DataSource } from 'typeorm';
import { Branch, Member, Staff } from '../../entities';
import { notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';

/**
 * Reading branches. Changing them is branch administration (services/admin/branch-admin.service.ts).
 * Closed branches stay readable: members, staff and history still name them.
 */
export class BranchService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every branch, by code; branches are not secret to any staff member. `includeClosed: false`
   * leaves out closed branches, for pickers of new work (booking).
   */
  async list(page: { first: number; after?: string | null }, filter: { includeClosed?: boolean } = {}) {
    const includeClosed = filter.includeClosed ?? true;
    const base = () => {
      const qb = this.ds.getRepository(Branch).createQueryBuilder('b');
      if (!includeClosed) qb.where('b.closedAt IS NULL');
      return qb;
    };
    const qb = base().orderBy('b.code', 'ASC').addOrderBy('b.id', 'ASC');
    if (page.after) {
      const [code, id] = decodeCursor(page.after, 2);
      qb.andWhere('(b.code > :code OR (b.code = :code AND b.id > :id))', { code: String(code), id: Number(id) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.take(page.first + 1).getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (b: Branch) => encodeCursor([b.code, b.id]),
      totalCount: () => base().getCount(),
    };
  }

  async get(id: number): Promise<Branch> {
    const branch = await this.ds.getRepository(Branch).findOneBy({ id });
    if (!branch) throw notFound('branch');
    return branch;
  }

  /** Members (outside the recycle bin) of each branch: one grouped count over the branch index. */
  async memberCounts(branchIds: readonly number[]): Promise<Map<number, number>> {
    if (branchIds.length === 0) return new Map();
    const rows = await this.ds
      .getRepository(Member)
      .createQueryBuilder('m')
      .select('m.branchId', 'branchId')
      .addSelect('COUNT(*)', 'count')
      .where({ branchId: In([...branchIds]), deletedAt: IsNull() })
      .groupBy('m.branchId')
      .getRawMany<{ branchId: number | string; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.branchId), Number(row.count)]));
  }

  /** Active staff whose home branch each branch is (closing a branch does not deactivate them). */
  async activeStaffCounts(branchIds: readonly number[]): Promise<Map<number, number>> {
    if (branchIds.length === 0) return new Map();
    const rows = await this.ds
      .getRepository(Staff)
      .createQueryBuilder('s')
      .select('s.branchId', 'branchId')
      .addSelect('COUNT(*)', 'count')
      .where({ branchId: In([...branchIds]), active: true })
      .groupBy('s.branchId')
      .getRawMany<{ branchId: number | string; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.branchId), Number(row.count)]));
  }
}
