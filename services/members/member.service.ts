import type { DataSource } from 'typeorm';
import { Member } from '../../entities';
import { notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import type { Viewer } from '../auth/viewer';
import { memberScopeFor } from '../visibility/member-visibility';
import { applyMemberScope } from './member-query';
import { memberSearchQuery } from './member-search-query';
import { countMembers } from './member-search.service';

export type MemberPage = {
  nodes: Member[];
  hasNextPage: boolean;
  cursorOf: (member: Member) => string;
  totalCount: () => Promise<number>;
};

export class MemberService {
  constructor(private readonly ds: DataSource) {}

  private scoped(viewer: Viewer) {
    return applyMemberScope(this.ds.getRepository(Member).createQueryBuilder('m'), 'm', memberScopeFor(viewer)).andWhere(
      'm.deletedAt IS NULL',
    );
  }

  /** Members the viewer may see, oldest first, a page at a time (not the recycle bin or the Deleted group). */
  async list(viewer: Viewer, page: { first: number; after?: string | null }): Promise<MemberPage> {
    const qb = memberSearchQuery(this.ds, viewer, {}).orderBy('m.id', 'ASC').take(page.first + 1);
    if (page.after) {
      const [afterId] = decodeCursor(page.after, 1);
      qb.andWhere('m.id > :afterId', { afterId: Number(afterId) });
    }
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (member) => encodeCursor([member.id]),
      totalCount: () => countMembers(memberSearchQuery(this.ds, viewer, {})),
    };
  }

  /** One member, or NOT_FOUND when it does not exist, is in the recycle bin, or the viewer may not see it. */
  async get(viewer: Viewer, id: number): Promise<Member> {
    const member = await this.scoped(viewer).andWhere('m.id = :id', { id }).getOne();
    if (!member) throw notFound('member');
    return member;
  }
}
