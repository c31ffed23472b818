import { followUpHref, parseFollowUpQuery, sameDrill } from '../../components/reports/follow-up/follow-up-params';
import { DomainError } from '../../services/errors/domain-error';
import { encodeCursor } from '../../services/pagination/cursor';
import { followUpPeriod, followUpRows, followUpTotals, methodColumns, pageByCode } from '../../services/reports/follow-up-statistics';
import { REPORT_MAX_DAYS } from '../../services/reports/report-range';

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('followUpPeriod', () => {
  it('defaults to the month of today', () => {
    expect(followUpPeriod(undefined, undefined, '2024-02-15')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(followUpPeriod(undefined, undefined, '2025-12-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('keeps a given period and completes an open end within the given day\'s month', () => {
    expect(followUpPeriod('2020-05-01', '2020-05-31', '2026-01-10')).toEqual({ from: '2020-05-01', to: '2020-05-31' });
    expect(followUpPeriod('2020-05-10', undefined, '2026-01-10')).toEqual({ from: '2020-05-10', to: '2020-05-31' });
    expect(followUpPeriod(undefined, '2020-06-03', '2026-01-10')).toEqual({ from: '2020-06-01', to: '2020-06-03' });
  });

  it('accepts one day and exactly the longest period', () => {
    expect(followUpPeriod('2020-05-04', '2020-05-04', '2026-01-10')).toEqual({ from: '2020-05-04', to: '2020-05-04' });
    expect(followUpPeriod('2024-01-01', '2024-12-31', '2026-01-10').to).toBe('2024-12-31');
  });

  it('refuses a reversed period naming the end field', () => {
    expect(errorOf(() => followUpPeriod('2020-05-10', '2020-05-09', '2026-01-10', 'filter'))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'filter.contactedTo', messageKey: 'dateRangeReversed',
    });
  });

  it(`refuses more than ${REPORT_MAX_DAYS} days`, () => {
    expect(errorOf(() => followUpPeriod('2024-01-01', '2025-01-01', '2026-01-10'))).toMatchObject({
      field: 'filter.contactedTo', messageKey: 'rangeTooLong', params: { max: REPORT_MAX_DAYS },
    });
  });
});

describe('methodColumns', () => {
  const phone = { id: 1, active: true };
  const email = { id: 2, active: false };
  const sms = { id: 3, active: true };

  it('keeps active methods in the given order and an inactive one only when it has logs', () => {
    expect(methodColumns([sms, email, phone], [])).toEqual([sms, phone]);
    expect(methodColumns([sms, email, phone], [{ salespersonId: 9, methodId: 2, count: 1 }])).toEqual([sms, email, phone]);
    expect(methodColumns([sms, email, phone], [{ salespersonId: 9, methodId: 2, count: 0 }])).toEqual([sms, phone]);
  });
});

describe('followUpRows and followUpTotals', () => {
  const columns = [{ id: 1 }, { id: 3 }];
  const rows = followUpRows(
    [
      { salespersonId: 7, assigned: 5, contacted: 3, overdue: 1 },
      { salespersonId: 8, assigned: 2, contacted: 0, overdue: 2 },
    ],
    [
      { salespersonId: 7, methodId: 1, count: 4 },
      { salespersonId: 7, methodId: 3, count: 2 },
      { salespersonId: 8, methodId: 2, count: 1 },
    ],
    [{ salespersonId: 7, booked: 2, attended: 1 }],
    columns,
  );

  it('puts every count in its salesperson\'s row, a cell per column, logs over every method', () => {
    expect(rows).toEqual([
      { salespersonId: 7, assigned: 5, contacted: 3, overdue: 1, booked: 2, attended: 1, logs: 6, logsByMethod: [{ methodId: 1, count: 4 }, { methodId: 3, count: 2 }] },
      { salespersonId: 8, assigned: 2, contacted: 0, overdue: 2, booked: 0, attended: 0, logs: 1, logsByMethod: [{ methodId: 1, count: 0 }, { methodId: 3, count: 0 }] },
    ]);
  });

  it('keeps a salesperson who appears only in the log or appointment counts', () => {
    const only = followUpRows([], [{ salespersonId: 4, methodId: 1, count: 2 }], [{ salespersonId: 5, booked: 1, attended: 0 }], columns);
    expect(only.map((r) => [r.salespersonId, r.logs, r.booked])).toEqual([[4, 2, 0], [5, 0, 1]]);
  });

  it('totals every figure and every method column', () => {
    expect(followUpTotals(rows, columns)).toEqual({
      assigned: 7, contacted: 3, logs: 7, logsByMethod: [{ methodId: 1, count: 4 }, { methodId: 3, count: 2 }], booked: 2, attended: 1, overdue: 3,
    });
  });

  it('totals nothing as zeros', () => {
    expect(followUpTotals([], columns)).toEqual({
      assigned: 0, contacted: 0, logs: 0, logsByMethod: [{ methodId: 1, count: 0 }, { methodId: 3, count: 0 }], booked: 0, attended: 0, overdue: 0,
    });
  });
});

describe('pageByCode', () => {
  const rows = [{ code: 'IS003', id: 2 }, { code: 'IS007', id: 1 }, { code: 'IS007', id: 5 }, { code: 'MK001', id: 3 }];
  const self = (r: { code: string; id: number }) => r;

  it('pages in order with cursors that continue after the last row', () => {
    const first = pageByCode(rows, self, 2);
    expect(first.nodes).toEqual(rows.slice(0, 2));
    expect(first.hasNextPage).toBe(true);
    const second = pageByCode(rows, self, 2, first.cursorOf(first.nodes[1]));
    expect(second.nodes).toEqual(rows.slice(2));
    expect(second.hasNextPage).toBe(false);
  });

  it('continues after a row that has since gone', () => {
    expect(pageByCode(rows, self, 10, encodeCursor(['IS005', 9])).nodes).toEqual(rows.slice(1));
    expect(pageByCode(rows, self, 10, encodeCursor(['ZZ', 1])).nodes).toEqual([]);
  });

  it('refuses a cursor of another shape', () => {
    expect(errorOf(() => pageByCode(rows, self, 2, encodeCursor([1, 'IS003'])))).toMatchObject({ field: 'after', messageKey: 'invalidCursor' });
  });
});

describe('the report\'s URL', () => {
  const may = { from: '2020-05-01', to: '2020-05-31' };

  it('fills in the default period only when the URL has none', () => {
    expect(parseFollowUpQuery({}, may)).toEqual({ filter: { contactedFrom: '2020-05-01', contactedTo: '2020-05-31' }, drill: null });
    expect(parseFollowUpQuery({ from: '2020-04-03' }, may).filter).toEqual({ contactedFrom: '2020-04-03' });
    expect(parseFollowUpQuery({ from: 'yesterday', to: '2020-13' }, may).filter).toEqual({ contactedFrom: '2020-05-01', contactedTo: '2020-05-31' });
  });

  it('reads the lists, dropping repeats and what is not an id', () => {
    const { filter } = parseFollowUpQuery({ branch: ['3', '3', 'x'], campaign: '5', salesGroup: [], salesperson: ['7', '8'], memberGroup: '1e3' }, may);
    expect(filter).toEqual({ branchIds: ['3'], campaignIds: ['5'], salespersonIds: ['7', '8'], contactedFrom: '2020-05-01', contactedTo: '2020-05-31' });
  });

  it('reads the number drilled into; a method only with LOGGED', () => {
    expect(parseFollowUpQuery({ metric: 'LOGGED', sp: '7', method: '2' }, may).drill).toEqual({ metric: 'LOGGED', salespersonId: '7', methodId: '2' });
    expect(parseFollowUpQuery({ metric: 'BOOKED', method: '2' }, may).drill).toEqual({ metric: 'BOOKED', salespersonId: null, methodId: null });
    expect(parseFollowUpQuery({ metric: 'EVERYTHING', sp: '7' }, may).drill).toBeNull();
  });

  it('writes what it reads', () => {
    const state = { filter: { campaignIds: ['5', '6'], memberGroupIds: ['2'], contactedFrom: '2020-05-01', contactedTo: '2020-05-31' }, drill: { metric: 'OVERDUE' as const, salespersonId: '7', methodId: null } };
    const href = followUpHref(state);
    expect(href).toBe('/reports/follow-up?campaign=5&campaign=6&memberGroup=2&from=2020-05-01&to=2020-05-31&metric=OVERDUE&sp=7');
    const query: Record<string, string[]> = {};
    new URLSearchParams(href.split('?')[1]).forEach((value, key) => (query[key] ??= []).push(value));
    expect(parseFollowUpQuery(query, may)).toEqual(state);
  });

  it('compares drills by value', () => {
    expect(sameDrill({ metric: 'LOGGED', salespersonId: null, methodId: '1' }, { metric: 'LOGGED', salespersonId: null, methodId: '1' })).toBe(true);
    expect(sameDrill({ metric: 'LOGGED', salespersonId: null, methodId: '1' }, { metric: 'LOGGED', salespersonId: null, methodId: null })).toBe(false);
    expect(sameDrill(null, { metric: 'ASSIGNED', salespersonId: null, methodId: null })).toBe(false);
  });
});
