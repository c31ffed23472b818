import { rankSalespersonCounts } from '../../services/home/salesperson-counts';

describe('the team\'s counts per salesperson', () => {
  const codes: Record<number, string> = { 1: 'IS010', 2: 'IS002', 3: 'D074', 4: 'IS003' };
  const codeOf = (id: number) => codes[id];

  it('puts the most first, ties by code in a person\'s order, whatever types the driver returns', () => {
    expect(rankSalespersonCounts([
      { salespersonId: '1', n: '3' },
      { salespersonId: 2, n: 3 },
      { salespersonId: 3, n: '7' },
      { salespersonId: 4, n: 1 },
    ], codeOf)).toEqual([
      { salespersonId: 3, count: 7 },
      { salespersonId: 2, count: 3 },
      { salespersonId: 1, count: 3 },
      { salespersonId: 4, count: 1 },
    ]);
  });

  it('leaves out salespeople with nothing to count', () => {
    expect(rankSalespersonCounts([{ salespersonId: 1, n: 0 }], codeOf)).toEqual([]);
  });
});
