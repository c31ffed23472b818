import {
  allColumns, parseFoldedGroups, serializeFoldedGroups, shownColumns, startsGroup, toggleGroup, type TableColumn,
} from '@/components/reports/analysis/column-groups';

const names = (columns: TableColumn[]) =>
  columns.map((c) => (c.kind === 'statusCount' || c.kind === 'statusRatio' ? `${c.kind}${c.status}` : c.kind === 'outcome' ? c.outcome : c.kind));

describe('analysis column groups', () => {
  it('lists each status\'s count and ratio, the outcomes, then 總 數目 and 總 比率 last', () => {
    expect(names(allColumns(2))).toEqual([
      'statusCount0', 'statusRatio0', 'statusCount1', 'statusRatio1',
      'booked', 'arrived', 'verified', 'noShow', 'cancelled', 'totalCount', 'totalRatio',
    ]);
  });

  it('folds the statuses, the ratios or the outcomes, never the total count', () => {
    expect(names(shownColumns(2, ['ratios']))).toEqual(['statusCount0', 'statusCount1', 'booked', 'arrived', 'verified', 'noShow', 'cancelled', 'totalCount']);
    expect(names(shownColumns(2, ['statuses']))).toEqual(['booked', 'arrived', 'verified', 'noShow', 'cancelled', 'totalCount', 'totalRatio']);
    expect(names(shownColumns(2, ['outcomes']))).toEqual(['statusCount0', 'statusRatio0', 'statusCount1', 'statusRatio1', 'totalCount', 'totalRatio']);
    expect(names(shownColumns(3, ['statuses', 'ratios', 'outcomes']))).toEqual(['totalCount']);
  });

  it('marks where each group starts', () => {
    const columns = shownColumns(1, []);
    expect(columns.map((_, i) => startsGroup(columns, i))).toEqual([true, false, true, false, false, false, false, true, false]);
  });

  it('remembers the folded groups as text, ignoring what it does not know', () => {
    expect(parseFoldedGroups(null)).toEqual([]);
    expect(parseFoldedGroups('outcomes,nonsense,ratios')).toEqual(['ratios', 'outcomes']);
    expect(serializeFoldedGroups(['outcomes', 'statuses'])).toBe('statuses,outcomes');
    expect(parseFoldedGroups(serializeFoldedGroups(['ratios']))).toEqual(['ratios']);
  });

  it('toggles one group, leaving the others', () => {
    expect(toggleGroup([], 'ratios')).toEqual(['ratios']);
    expect(toggleGroup(['ratios', 'outcomes'], 'ratios')).toEqual(['outcomes']);
  });
});
