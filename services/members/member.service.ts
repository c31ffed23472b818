import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Member } from '../../entities';
import { notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { Viewer } from '../auth/viewer';
import { memberScopeFor } from '../visibility/member-visibility';
import { applyMemberScope } from './member-query.service';
import { memberSearchQuery } from './member-search-query.service';
import { countMembers } from './member-search.service';

/**
 * The members a viewer may open (member(id), a member's own fields), as a query builder on alias
 * `m`: inside the viewer's member scope and not in the recycle bin. Unlike the search it keeps the
 * Deleted group, so a member moved there can still be opened.
 */
export function visibleMemberQuery(db: DataSource | EntityManager, viewer: Viewer): SelectQueryBuilder<Member> {
  return applyMemberScope(db.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer)).andWhere('m.deletedAt IS NULL');
}

export type MemberPage = {
  nodes: Member[];
  hasNextPage: boolean;
  cursorOf: (member: Member) => string;
  totalCount: () => Promise<number>;
};

export class MemberService {
  constructor(private readonly ds: DataSource) {}

  /** Members the viewer may see, oldest first, a page at a time (not the recycle bin or the Deleted group). */
  async list(viewer: Viewer, page: { first: number; after?: string | null }): Promise<MemberPage> {
    const qb = memberSearchQuery(this.ds, viewer, {}, null).orderBy('m.id', 'ASC').take(page.first + 1);
    if (page.after) {
      const [afterId] = decodeCursor(page.after, 1);
      qb.andWhere('m.id > :afterId', { afterId: Number(afterId) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (member) => encodeCursor([member.id]),
      totalCount: () => countMembers(memberSearchQuery(this.ds, viewer, {}, null)),
    };
  }

  /** One member, or NOT_FOUND when it does not exist, is in the recycle bin, or the viewer may not see it. */
  async get(viewer: Viewer, id: number): Promise<Member> {
    const member = await visibleMemberQuery(this.ds, viewer).andWhere('m.id = :id', { id }).getOne();
    if (!member) throw notFound('member');
    return member;
  }
}
