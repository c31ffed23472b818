import type { DataSource } from 'typeorm';
import { MemberCard, type Member } from '../../entities';
import { MemberCardStatus } from '../../entities/member-card.entity';
import type { Viewer } from '../auth/viewer';
import { encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { memberSearchQuery, startsWith } from './member-search-query.service';
import { normaliseNameQuery } from './member-search-keys';
import { ORDERED_WALK_ROWS, countMembers, orderedMembers } from './member-search.service';
import { lookupCardNumber, parseLookupTerm } from './quick-lookup-term';

/**
 * The front desk's one-box lookup: digits find members by the start of either phone number (or by
 * that exact member number); anything else by the start of the member number or of the name in
 * either order or the English name; and any term by the exact number of a member's ACTIVE card
 * (會員卡: a locked or replaced card opens nothing). Only members the viewer may see, walk-ins
 * included, not the recycle bin; the first `first` by member number.
 */
export async function quickLookup(ds: DataSource, viewer: Viewer, term: string, first: number, walkRows = ORDERED_WALK_ROWS) {
  const parsed = parseLookupTerm(term);
  // The card's holder is read first, by the card number's unique index, and then matched by id
  // inside the scoped query: an OR with a subquery would make either database test every member.
  const cardNumber = lookupCardNumber(term);
  const card = cardNumber ? await ds.getRepository(MemberCard).findOne({ select: { memberId: true }, where: { cardNumber, status: MemberCardStatus.ACTIVE } }) : null;
  const byCard = card ? ' OR m.id = :lCardMemberId' : '';
  const cardParams = card ? { lCardMemberId: card.memberId } : {};
  const build = () => {
    const qb = memberSearchQuery(ds, viewer, {}, null);
    if (parsed.kind === 'none') return qb.andWhere('1 = 0');
    if (parsed.kind === 'phone') {
      const [a, pa] = startsWith(ds, 'm.phone', 'lPhone', parsed.digits);
      const [b, pb] = startsWith(ds, 'm.phone2', 'lPhone2', parsed.digits);
      return qb.andWhere(`(${a} OR ${b} OR m.memberNo = :lNumber${byCard})`, { ...pa, ...pb, lNumber: parsed.digits, ...cardParams });
    }
    // SQLite compares member numbers case-sensitively; people type "a001" for "A001".
    const numbers = [...new Set([parsed.text, parsed.text.toUpperCase()])];
    const conditions: string[] = [];
    const params: Record<string, string> = {};
    numbers.forEach((n, i) => {
      const [sql, p] = startsWith(ds, 'm.memberNo', `lNo${i}`, n);
      conditions.push(sql);
      Object.assign(params, p);
    });
    const name = normaliseNameQuery(parsed.text);
    for (const [column, param] of [['m.searchName', 'lName'], ['m.searchNameAlt', 'lNameAlt']] as const) {
      const [sql, p] = startsWith(ds, column, param, name);
      conditions.push(sql);
      Object.assign(params, p);
    }
    return qb.andWhere(`(${conditions.join(' OR ')}${byCard})`, { ...params, ...cardParams });
  };
  // Phone prefixes and terms with digits (member numbers) match few members: reading them through
  // their indexes beats walking the member-number order.
  const selective = parsed.kind === 'phone' || (parsed.kind === 'text' && /\d/.test(parsed.text));
  const rows = await orderedMembers(ds, build, { field: 'memberNo', direction: 'ASC' }, first + 1, null, selective ? 0 : walkRows);
  const { nodes, hasNextPage } = sliceWithLookahead(rows.map((r) => r.member), first);
  return {
    nodes,
    hasNextPage,
    cursorOf: (member: Member) => encodeCursor([member.memberNo, member.id]),
    totalCount: () => countMembers(build()),
  };
}
