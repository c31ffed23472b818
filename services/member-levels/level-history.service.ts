/**
 * A member's level history (MemberLevelChange rows), newest first, for a viewer who may open the
 * member: read from the (memberId, createdAt) index, keyset-paged on (createdAt, id).
 */
import type { DataSource } from 'typeorm';
import { MemberLevelChange } from '../../entities';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../errors/domain-error';
import { visibleMemberQuery } from '../members/member.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';

export type LevelChangePage = { nodes: MemberLevelChange[]; hasNextPage: boolean; totalCount: () => Promise<number> };

export const levelChangeCursor = (row: MemberLevelChange) => encodeCursor([row.createdAt.getTime(), row.id]);

export async function memberLevelChangesPage(ds: DataSource, viewer: Viewer, memberId: number, page: { first: number; after: string | null }): Promise<LevelChangePage> {
  const visible = await visibleMemberQuery(ds, viewer).andWhere('m.id = :levelMemberId', { levelMemberId: memberId }).getExists();
  if (!visible) throw notFound('member');
  const base = () => ds.getRepository(MemberLevelChange).createQueryBuilder('c').where('c.memberId = :memberId', { memberId });
  const qb = base().orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'DESC').take(page.first + 1);
  if (page.after) {
    const [at, id] = decodeCursor(page.after, 2);
    qb.andWhere('(c.createdAt < :afterAt OR (c.createdAt = :afterAt AND c.id < :afterId))', { afterAt: new Date(Number(at)), afterId: Number(id) });
  }
  return { ...sliceWithLookahead(await qb.getMany(), page.first), totalCount: () => base().getCount() };
}
