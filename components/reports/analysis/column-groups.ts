/**
 * The analysis table's columns on screen, in groups the viewer can fold away on a tablet:
 * 聯絡狀態 (each status's count and ratio), 比率 (every ratio), 預約結果 (the booking
 * outcomes) and 成功購買及當日銷售 (successful purchases while the rule is on, same-day amounts). 總 數目 belongs to no group, so the totals never go; it comes after the groups,
 * where the table pins it to the right edge, with 總 比率 last. Pure: no React, no DOM.
 */

export const COLUMN_GROUPS = ['statuses', 'ratios', 'outcomes', 'sales'] as const;
export type ColumnGroup = (typeof COLUMN_GROUPS)[number];

export const OUTCOME_KEYS = ['booked', 'arrived', 'verified', 'noShow', 'cancelled'] as const;
export type OutcomeKey = (typeof OUTCOME_KEYS)[number];

export const AMOUNT_KEYS = ['invoiceCents', 'productCents', 'treatmentCents'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

export type TableColumn =
  | { kind: 'statusCount'; status: number }
  | { kind: 'statusRatio'; status: number }
  | { kind: 'outcome'; outcome: OutcomeKey }
  | { kind: 'successful' }
  | { kind: 'successRatio' }
  | { kind: 'amount'; amount: AmountKey }
  | { kind: 'totalCount' }
  | { kind: 'totalRatio' };

/** The groups a column belongs to: it shows only while none of them is folded. */
export function groupsOf(column: TableColumn): ColumnGroup[] {
  switch (column.kind) {
    case 'statusCount':
      return ['statuses'];
    case 'statusRatio':
      return ['statuses', 'ratios'];
    case 'outcome':
      return ['outcomes'];
    case 'successful':
    case 'amount':
      return ['sales'];
    case 'successRatio':
      return ['sales', 'ratios'];
    case 'totalRatio':
      return ['ratios'];
    case 'totalCount':
      return [];
  }
}

/**
 * Every figure column for `statusCount` status columns, in the screen's order, nothing folded;
 * the success columns only while the success rule is on.
 */
export function allColumns(statusCount: number, withSuccess: boolean): TableColumn[] {
  return [
    ...Array.from({ length: statusCount }, (_, status) => [
      { kind: 'statusCount', status } as const,
      { kind: 'statusRatio', status } as const,
    ]).flat(),
    ...OUTCOME_KEYS.map((outcome) => ({ kind: 'outcome', outcome }) as const),
    ...(withSuccess ? [{ kind: 'successful' } as const, { kind: 'successRatio' } as const] : []),
    ...AMOUNT_KEYS.map((amount) => ({ kind: 'amount', amount }) as const),
    { kind: 'totalCount' },
    { kind: 'totalRatio' },
  ];
}

/** The figure columns shown with `folded` groups folded away. */
export function shownColumns(statusCount: number, withSuccess: boolean, folded: readonly ColumnGroup[]): TableColumn[] {
  return allColumns(statusCount, withSuccess).filter((column) => !groupsOf(column).some((group) => folded.includes(group)));
}

/** Whether a column opens its group on screen (drawn with a rule on its left). */
export function startsGroup(columns: readonly TableColumn[], index: number): boolean {
  if (index === 0) return true;
  const [before, column] = [columns[index - 1], columns[index]];
  const family = (c: TableColumn) => {
    switch (c.kind) {
      case 'statusCount':
      case 'statusRatio':
        return 'status';
      case 'outcome':
        return 'outcome';
      case 'successful':
      case 'successRatio':
      case 'amount':
        return 'sales';
      default:
        return 'total';
    }
  };
  return family(before) !== family(column);
}

/** The folded groups as remembered ("ratios,outcomes"), unknown names dropped, in COLUMN_GROUPS' order. */
export function parseFoldedGroups(raw: string | null | undefined): ColumnGroup[] {
  const names = new Set((raw ?? '').split(','));
  return COLUMN_GROUPS.filter((group) => names.has(group));
}

export function serializeFoldedGroups(folded: readonly ColumnGroup[]): string {
  return COLUMN_GROUPS.filter((group) => folded.includes(group)).join(',');
}

/** Folds an open group, opens a folded one. */
export function toggleGroup(folded: readonly ColumnGroup[], group: ColumnGroup): ColumnGroup[] {
  return COLUMN_GROUPS.filter((g) => (g === group ? !folded.includes(g) : folded.includes(g)));
}
