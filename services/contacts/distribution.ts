/**
 * Pure rules of the even assignment of members to salespeople (seed 000 [聯絡活動]: "會員會平均分配予
 * 銷售員"). Members are dealt like cards: in ascending member id, one to each salesperson in turn
 * (salespeople in ascending staff code), so the counts differ by at most one and the same input
 * always gives the same split. Members already in the campaign are skipped without using a turn.
 *
 * Large assignments run in batches: each batch's plan starts at the dealing position where the
 * previous batch stopped (`nextOffset`), so the whole run deals exactly as one plan would.
 * No framework imports: the service, the benchmark and unit tests share this module.
 */

export type SalespersonRef = { id: number; code: string };

export type Assignment = { memberId: number; salespersonId: number };

export type DistributionPlan = {
  /** Who gets which member, in ascending member id. */
  assignments: Assignment[];
  /** Members of the batch that were already in the campaign (each counted once). */
  skipped: number;
  /** The dealing position to start the next batch at. */
  nextOffset: number;
};

/**
 * Salespeople in dealing order: ascending staff code (the order the seed lists them in), then id
 * so two equal codes, which the database forbids anyway, could not make the order depend on input.
 */
export function orderSalespeople<T extends SalespersonRef>(salespeople: readonly T[]): T[] {
  return [...salespeople].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id));
}

/**
 * Plans one batch. `memberIds` are dealt in ascending order whatever order they come in; an id
 * given twice is dealt once; ids in `alreadyIn` are skipped and counted. `startOffset` is the
 * dealing position (how many members earlier batches dealt), so salesperson
 * `(startOffset + k) % n` gets the batch's k-th dealt member.
 */
export function planDistribution(
  memberIds: readonly number[],
  alreadyIn: ReadonlySet<number>,
  salespersonIds: readonly number[],
  startOffset = 0,
): DistributionPlan {
  if (salespersonIds.length === 0) throw new Error('planDistribution needs at least one salesperson');
  if (!Number.isSafeInteger(startOffset) || startOffset < 0) throw new Error(`Invalid start offset ${startOffset}`);
  const ids = [...new Set(memberIds)].sort((a, b) => a - b);
  const n = salespersonIds.length;
  const assignments: Assignment[] = [];
  let skipped = 0;
  let position = startOffset % n;
  for (const memberId of ids) {
    if (alreadyIn.has(memberId)) {
      skipped += 1;
      continue;
    }
    assignments.push({ memberId, salespersonId: salespersonIds[position] });
    position = position + 1 === n ? 0 : position + 1;
  }
  return { assignments, skipped, nextOffset: startOffset + assignments.length };
}

/**
 * "平均每個銷售員可分配 a 至 b 會員": the fewest and most members any salesperson gets when
 * `toAssign` members are dealt among `salespeopleCount` (0 to 0 without salespeople).
 */
export function previewDistribution(toAssign: number, salespeopleCount: number): { min: number; max: number } {
  if (salespeopleCount <= 0 || toAssign <= 0) return { min: 0, max: 0 };
  const min = Math.floor(toAssign / salespeopleCount);
  return { min, max: toAssign % salespeopleCount === 0 ? min : min + 1 };
}
