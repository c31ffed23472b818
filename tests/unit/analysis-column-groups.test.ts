import {
  allColumns, parseFoldedGroups, serializeFoldedGroups, shownColumns, startsGroup, toggleGroup, type TableColumn,
} from '@/components/reports/analysis/column-groups';

const names = (columns: TableColumn[]) =>
  columns.map((c) => {
    if (c.kind === 'statusCount' || c.kind === 'statusRatio') return `${c.kind}${c.status}`;
    if (c.kind === 'outcome') return c.outcome;
    if (c.kind === 'amount') return c.amount;
    return c.kind;
  });
const AMOUNTS = ['invoiceCents', 'productCents', 'treatmentCents'];

describe('analysis column groups', () => {
  it('lists each status\'s count and ratio, the outcomes, success and amounts, then 總 數目 and 總 比率 last', () => {
    expect(names(allColumns(2, true))).toEqual([
      'statusCount0', 'statusRatio0', 'statusCount1', 'statusRatio1',
      'booked', 'arrived', 'verified', 'noShow', 'cancelled', 'successful', 'successRatio', ...AMOUNTS, 'totalCount', 'totalRatio',
    ]);
  });

  it('has no success columns while the success rule is off', () => {
    expect(names(allColumns(1, false))).toEqual(['statusCount0', 'statusRatio0', 'booked', 'arrived', 'verified', 'noShow', 'cancelled', ...AMOUNTS, 'totalCount', 'totalRatio']);
  });

  it('folds the statuses, the ratios, the outcomes or the sales, never the total count', () => {
    const outcomes = ['booked', 'arrived', 'verified', 'noShow', 'cancelled'];
    expect(names(shownColumns(2, true, ['ratios']))).toEqual(['statusCount0', 'statusCount1', ...outcomes, 'successful', ...AMOUNTS, 'totalCount']);
    expect(names(shownColumns(2, true, ['statuses']))).toEqual([...outcomes, 'successful', 'successRatio', ...AMOUNTS, 'totalCount', 'totalRatio']);
    expect(names(shownColumns(2, true, ['outcomes', 'sales']))).toEqual(['statusCount0', 'statusRatio0', 'statusCount1', 'statusRatio1', 'totalCount', 'totalRatio']);
    expect(names(shownColumns(3, true, ['statuses', 'ratios', 'outcomes', 'sales']))).toEqual(['totalCount']);
  });

  it('marks where each group starts', () => {
    const columns = shownColumns(1, true, []);
    expect(columns.map((_, i) => startsGroup(columns, i))).toEqual([
      true, false, true, false, false, false, false, true, false, false, false, false, true, false,
    ]);
  });

  it('remembers the folded groups as text, ignoring what it does not know', () => {
    expect(parseFoldedGroups(null)).toEqual([]);
    expect(parseFoldedGroups('sales,outcomes,nonsense,ratios')).toEqual(['ratios', 'outcomes', 'sales']);
    expect(serializeFoldedGroups(['outcomes', 'statuses'])).toBe('statuses,outcomes');
    expect(parseFoldedGroups(serializeFoldedGroups(['ratios']))).toEqual(['ratios']);
  });

  it('toggles one group, leaving the others', () => {
    expect(toggleGroup([], 'ratios')).toEqual(['ratios']);
    expect(toggleGroup(['ratios', 'outcomes'], 'ratios')).toEqual(['outcomes']);
  });
});
