import type { DataSource } from 'typeorm';
import { Branch } from '../../entities';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';

export class BranchService {
  constructor(private readonly ds: DataSource) {}

  /** Every branch, by code; branches are not secret to any staff member. */
  async list(page: { first: number; after?: string | null }) {
    const qb = this.ds.getRepository(Branch).createQueryBuilder('b').orderBy('b.code', 'ASC').addOrderBy('b.id', 'ASC');
    if (page.after) {
      const [code, id] = decodeCursor(page.after, 2);
      qb.where('(b.code > :code OR (b.code = :code AND b.id > :id))', { code: String(code), id: Number(id) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.take(page.first + 1).getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (b: Branch) => encodeCursor([b.code, b.id]),
      totalCount: () => this.ds.getRepository(Branch).count(),
    };
  }
}
