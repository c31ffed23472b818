import { DomainError } from '@/services/errors/domain-error';
import { reportedTrendRange, salonDay, TREND_DEFAULT_DAYS, REPORT_MAX_DAYS, trendRange } from '@/services/reports/report-range';

function refusal(run: () => unknown): { field?: string; messageKey: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const { field, messageKey, params, code } = error as DomainError;
    expect(code).toBe('BAD_USER_INPUT');
    return { field, messageKey, params };
  }
  throw new Error('expected a refusal');
}

describe('trendRange', () => {
  const today = '2025-06-30';

  it('defaults to the last 30 days, today included', () => {
    expect(TREND_DEFAULT_DAYS).toBe(30);
    expect(trendRange(undefined, undefined, today, 'filter')).toEqual({ from: '2025-06-01', to: '2025-06-30' });
  });

  it('runs 30 days from a start alone, and 30 days up to an end alone', () => {
    expect(trendRange('2025-02-15', undefined, today, 'filter')).toEqual({ from: '2025-02-15', to: '2025-03-16' });
    expect(trendRange(undefined, '2025-03-01', today, 'filter')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
  });

  it('keeps a given range, one day or 366', () => {
    expect(trendRange('2025-06-10', '2025-06-10', today, 'filter')).toEqual({ from: '2025-06-10', to: '2025-06-10' });
    expect(REPORT_MAX_DAYS).toBe(366);
    expect(trendRange('2024-01-01', '2024-12-31', today, 'filter')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('refuses 367 days, naming the input\'s end field', () => {
    expect(refusal(() => trendRange('2024-01-01', '2025-01-01', today, 'filter'))).toEqual({
      field: 'filter.contactedTo', messageKey: 'rangeTooLong', params: { max: 366 },
    });
  });

  it('refuses a reversed range, naming the input\'s end field under the given prefix', () => {
    expect(refusal(() => trendRange('2025-06-10', '2025-06-09', today, 'input.filter'))).toEqual({
      field: 'input.filter.contactedTo', messageKey: 'dateRangeReversed', params: {},
    });
  });
});

describe('salonDay', () => {
  it('is the day in the salon\'s zone, not UTC\'s', () => {
    expect(salonDay(new Date('2025-06-01T15:30:00Z'), 'Asia/Hong_Kong')).toBe('2025-06-01');
    expect(salonDay(new Date('2025-06-01T16:30:00Z'), 'Asia/Hong_Kong')).toBe('2025-06-02');
    expect(salonDay(new Date('2025-06-01T03:30:00Z'), 'America/New_York')).toBe('2025-05-31');
  });
});

describe('reportedTrendRange', () => {
  const today = '2026-12-06';

  it('runs from the earliest start to the latest end of the campaigns', () => {
    const may = { startsOn: '2020-05-01', endsOn: '2020-05-31' };
    const june = { startsOn: '2020-06-01', endsOn: '2020-06-30' };
    expect(reportedTrendRange([june, may], null, today)).toEqual({ from: '2020-05-01', to: '2020-06-30' });
  });

  it('takes in contacts outside the campaigns\' dates, and the contacts\' days for campaigns without dates', () => {
    const may = { startsOn: '2020-05-01', endsOn: '2020-05-31' };
    expect(reportedTrendRange([may], { first: '2020-05-04', last: '2020-06-12' }, today)).toEqual({ from: '2020-05-01', to: '2020-06-12' });
    expect(reportedTrendRange([{ startsOn: null, endsOn: null }], { first: '2020-05-04', last: '2020-05-20' }, today)).toEqual({ from: '2020-05-04', to: '2020-05-20' });
  });

  it('stops at today, and runs a started campaign without an end to today', () => {
    expect(reportedTrendRange([{ startsOn: '2026-11-01', endsOn: '2027-01-31' }], null, today)).toEqual({ from: '2026-11-01', to: today });
    expect(reportedTrendRange([{ startsOn: '2026-10-01', endsOn: '2026-10-31' }, { startsOn: '2026-11-15', endsOn: null }], null, today))
      .toEqual({ from: '2026-10-01', to: today });
  });

  it('gives a campaign not yet started its first day', () => {
    expect(reportedTrendRange([{ startsOn: '2027-01-01', endsOn: '2027-01-31' }], null, today)).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('keeps the last 366 days of a longer span, so the range is never refused', () => {
    const range = reportedTrendRange([{ startsOn: '2019-01-01', endsOn: '2019-12-31' }, { startsOn: '2020-03-01', endsOn: '2020-06-30' }], null, today)!;
    expect(range).toEqual({ from: '2019-07-01', to: '2020-06-30' });
    expect(trendRange(range.from, range.to, today, 'filter')).toEqual(range);
  });

  it('is null with neither a campaign start nor a contact', () => {
    expect(reportedTrendRange([], null, today)).toBeNull();
    expect(reportedTrendRange([{ startsOn: null, endsOn: '2020-05-31' }], null, today)).toBeNull();
  });
});
