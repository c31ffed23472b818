import { orderSalespeople, planDistribution, previewDistribution, type Assignment } from '../../services/contacts/distribution';
import { createRng, type Rng } from '../../services/seed/prng';

const countsOf = (assignments: readonly Assignment[], salespersonIds: readonly number[]) => {
  const counts = new Map(salespersonIds.map((id) => [id, 0]));
  for (const a of assignments) counts.set(a.salespersonId, (counts.get(a.salespersonId) ?? 0) + 1);
  return [...counts.values()];
};

/** Deals `memberIds` in batches of the given sizes, each continuing where the last stopped. */
function planInBatches(memberIds: number[], alreadyIn: Set<number>, salespersonIds: number[], batchSizes: number[]) {
  const assignments: Assignment[] = [];
  let skipped = 0;
  let offset = 0;
  let from = 0;
  for (const size of batchSizes) {
    const plan = planDistribution(memberIds.slice(from, from + size), alreadyIn, salespersonIds, offset);
    assignments.push(...plan.assignments);
    skipped += plan.skipped;
    offset = plan.nextOffset;
    from += size;
  }
  return { assignments, skipped, offset };
}

/** A random case: ascending unique member ids with gaps, some already in, salespeople, batch sizes. */
function randomCase(rng: Rng) {
  const memberCount = rng.int(0, 400);
  const memberIds: number[] = [];
  let id = rng.int(1, 50);
  for (let i = 0; i < memberCount; i += 1) {
    memberIds.push(id);
    id += rng.int(1, 5);
  }
  const alreadyInShare = rng.pick([0, 0.1, 0.5, 1]);
  const alreadyIn = new Set(memberIds.filter(() => rng.chance(alreadyInShare)));
  const salespersonIds = Array.from({ length: rng.int(1, 12) }, (_, i) => 1000 + i * rng.int(1, 3));
  const batchSizes: number[] = [];
  for (let left = memberCount; left > 0; ) {
    const size = Math.min(left, rng.int(1, 90));
    batchSizes.push(size);
    left -= size;
  }
  return { memberIds, alreadyIn, salespersonIds: [...new Set(salespersonIds)], batchSizes };
}

describe('planDistribution', () => {
  it('deals the seed example: A001–A003 between Candy Chan (IS003) and Apple Yu (IS007)', () => {
    const [candy, apple] = orderSalespeople([{ id: 12, code: 'IS007' }, { id: 13, code: 'IS003' }]);
    expect([candy.code, apple.code]).toEqual(['IS003', 'IS007']);
    const plan = planDistribution([101, 102, 103], new Set(), [candy.id, apple.id]);
    expect(plan).toEqual({
      assignments: [
        { memberId: 101, salespersonId: 13 },
        { memberId: 102, salespersonId: 12 },
        { memberId: 103, salespersonId: 13 },
      ],
      skipped: 0,
      nextOffset: 3,
    });
  });

  it('skips and counts members already in the campaign without using a turn', () => {
    const plan = planDistribution([1, 2, 3, 4, 5], new Set([2, 3]), [7, 8]);
    expect(plan.assignments).toEqual([
      { memberId: 1, salespersonId: 7 },
      { memberId: 4, salespersonId: 8 },
      { memberId: 5, salespersonId: 7 },
    ]);
    expect(plan.skipped).toBe(2);
    expect(plan.nextOffset).toBe(3);
  });

  it('continues the dealing position of the previous batch', () => {
    const first = planDistribution([1, 2], new Set(), [7, 8, 9]);
    const second = planDistribution([3, 4, 5], new Set(), [7, 8, 9], first.nextOffset);
    expect(second.assignments.map((a) => a.salespersonId)).toEqual([9, 7, 8]);
    expect(second.nextOffset).toBe(5);
  });

  it('deals in ascending member id and once per member, whatever order the ids come in', () => {
    const plan = planDistribution([5, 3, 3, 1], new Set(), [7, 8]);
    expect(plan.assignments).toEqual([
      { memberId: 1, salespersonId: 7 },
      { memberId: 3, salespersonId: 8 },
      { memberId: 5, salespersonId: 7 },
    ]);
  });

  it('refuses to deal without salespeople or from a negative position', () => {
    expect(() => planDistribution([1], new Set(), [])).toThrow('at least one salesperson');
    expect(() => planDistribution([1], new Set(), [7], -1)).toThrow('Invalid start offset');
  });

  it('orders salespeople by code, then id', () => {
    const ordered = orderSalespeople([
      { id: 3, code: 'IS007' },
      { id: 9, code: 'IS001' },
      { id: 2, code: 'IS005' },
      { id: 1, code: 'IS001' },
    ]);
    expect(ordered.map((s) => s.id)).toEqual([1, 9, 2, 3]);
  });
});

describe('previewDistribution', () => {
  it.each([
    [3, 5, 0, 1],
    [3, 2, 1, 2],
    [4, 2, 2, 2],
    [0, 3, 0, 0],
    [10, 0, 0, 0],
    [100_000, 7, 14_285, 14_286],
  ])('%i members among %i salespeople: %i to %i each', (toAssign, salespeople, min, max) => {
    expect(previewDistribution(toAssign, salespeople)).toEqual({ min, max });
  });
});

describe('properties over random sizes (seeded)', () => {
  const rng = createRng('distribution-properties');
  const cases = Array.from({ length: 300 }, () => randomCase(rng));

  it('gives every salesperson counts that differ by at most one, matching the preview', () => {
    for (const c of cases) {
      const { assignments } = planInBatches(c.memberIds, c.alreadyIn, c.salespersonIds, c.batchSizes);
      const counts = countsOf(assignments, c.salespersonIds);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect({ min: Math.min(...counts), max: Math.max(...counts) }).toEqual(previewDistribution(assignments.length, c.salespersonIds.length));
    }
  });

  it('assigns no member twice and every member not already in exactly once', () => {
    for (const c of cases) {
      const { assignments } = planInBatches(c.memberIds, c.alreadyIn, c.salespersonIds, c.batchSizes);
      const assigned = assignments.map((a) => a.memberId);
      expect(new Set(assigned).size).toBe(assigned.length);
      expect(assigned).toEqual(c.memberIds.filter((id) => !c.alreadyIn.has(id)));
      expect(assignments.every((a) => c.salespersonIds.includes(a.salespersonId))).toBe(true);
    }
  });

  it('skips and counts exactly the members already in the campaign', () => {
    for (const c of cases) {
      const { assignments, skipped } = planInBatches(c.memberIds, c.alreadyIn, c.salespersonIds, c.batchSizes);
      expect(skipped).toBe(c.alreadyIn.size);
      expect(assignments.some((a) => c.alreadyIn.has(a.memberId))).toBe(false);
    }
  });

  it('gives the same split for the same input, however it is batched', () => {
    for (const c of cases) {
      const whole = planDistribution(c.memberIds, c.alreadyIn, c.salespersonIds);
      const again = planDistribution([...c.memberIds].reverse(), new Set(c.alreadyIn), [...c.salespersonIds]);
      const batched = planInBatches(c.memberIds, c.alreadyIn, c.salespersonIds, c.batchSizes);
      expect(again).toEqual(whole);
      expect(batched.assignments).toEqual(whole.assignments);
      expect(batched.offset).toBe(whole.nextOffset);
    }
  });
});
