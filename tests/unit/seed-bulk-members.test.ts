import {
  MEMBER_BULK_COLUMNS, createMemberRowFactory, generatedMemberNo, parseGeneratedMemberNo, type MemberDistribution,
} from '@/services/seed/bulk-members';
import { toTsv } from '@/services/seed/bulk-insert.service';
import { buildDemoData } from '@/services/seed/demo-data';

const dist: MemberDistribution = {
  branches: [{ id: 1, weight: 35 }, { id: 2, weight: 15 }, { id: 3, weight: 10 }],
  groups: [{ id: 10, weight: 5 }, { id: 11, weight: 5 }],
  consultantsByBranch: new Map([[1, [100, 101]], [2, [200]]]),
  consultantShare: 0.8,
};
const col = (name: (typeof MEMBER_BULK_COLUMNS)[number]) => MEMBER_BULK_COLUMNS.indexOf(name);

describe('bulk member rows', () => {
  it('numbers generated members G + 7 digits and parses them back', () => {
    expect(generatedMemberNo(1)).toBe('G0000001');
    expect(generatedMemberNo(1_000_000)).toBe('G1000000');
    expect(parseGeneratedMemberNo('G0001234')).toBe(1234);
    expect(parseGeneratedMemberNo('A001')).toBeNull();
    expect(parseGeneratedMemberNo('WeM-00004')).toBeNull();
    expect(() => generatedMemberNo(0)).toThrow(RangeError);
    expect(() => generatedMemberNo(10_000_000)).toThrow(RangeError);
  });

  it('is deterministic for the same seed and start', () => {
    const rows = (seed: number) => {
      const f = createMemberRowFactory(dist, seed, 1);
      return Array.from({ length: 500 }, () => f.next());
    };
    expect(rows(1)).toEqual(rows(1));
    expect(rows(1)).not.toEqual(rows(2));
  });

  it('gives unique member numbers and phones in a batch, never clashing with demo numbers', () => {
    const f = createMemberRowFactory(dist, 1, 1);
    const rows = Array.from({ length: 20_000 }, () => f.next());
    const numbers = new Set(rows.map((r) => r[col('memberNo')]));
    const phones = new Set(rows.map((r) => r[col('phone')]));
    expect(numbers.size).toBe(rows.length);
    expect(phones.size).toBe(rows.length);
    for (const m of buildDemoData().members) expect(numbers.has(m.memberNo)).toBe(false);
    expect(f.nextSeq).toBe(20_001);
  });

  it('continues numbering after a given start', () => {
    const f = createMemberRowFactory(dist, 1, 4242);
    expect(f.next()[col('memberNo')]).toBe('G0004242');
    expect(f.next()[col('memberNo')]).toBe('G0004243');
  });

  it('fills every column, uses only the given ids, and picks consultants of the member’s branch', () => {
    const f = createMemberRowFactory(dist, 3, 1);
    for (let i = 0; i < 5000; i += 1) {
      const row = f.next();
      expect(row).toHaveLength(MEMBER_BULK_COLUMNS.length);
      const branchId = row[col('branchId')] as number;
      expect([1, 2, 3]).toContain(branchId);
      expect([10, 11]).toContain(row[col('groupId')]);
      const consultant = row[col('consultantId')];
      if (consultant !== null) expect(dist.consultantsByBranch.get(branchId)).toContain(consultant);
      if (branchId === 3) expect(consultant).toBeNull();
      expect(row[col('phone')]).toMatch(/^[569]\d{7}$/);
      expect(['F', 'M', 'U']).toContain(row[col('gender')]);
      expect(row[col('createdAt')]).toBe(row[col('updatedAt')]);
    }
  });

  it('refuses to generate without branches or groups', () => {
    expect(() => createMemberRowFactory({ ...dist, branches: [] }, 1, 1)).toThrow();
    expect(() => createMemberRowFactory({ ...dist, groups: [] }, 1, 1)).toThrow();
  });

  it('writes LOAD DATA text with escapes and \\N for NULL', () => {
    expect(toTsv([['a\tb', null, 3], ['c\\d\ne', '陳', 0]], 3)).toBe('a\\tb\t\\N\t3\nc\\\\d\\ne\t陳\t0\n');
    expect(() => toTsv([['x']], 2)).toThrow();
  });
});
