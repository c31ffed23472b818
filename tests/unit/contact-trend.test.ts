import { fillTrend, offsetSegments, trendSpan, type OffsetSegment } from '@/services/reports/contact-trend';

const at = (iso: string) => new Date(iso);
const plain = (segments: OffsetSegment[]) => segments.map((s) => [s.start.toISOString(), s.end.toISOString(), s.offsetMinutes]);

/** The segments cover [start, end) without gaps or overlaps. */
function expectContiguous(segments: OffsetSegment[], start: Date, end: Date) {
  expect(segments[0].start).toEqual(start);
  expect(segments[segments.length - 1].end).toEqual(end);
  for (let i = 1; i < segments.length; i += 1) expect(segments[i].start).toEqual(segments[i - 1].end);
}

describe('offsetSegments', () => {
  it('is one segment at +8:00 for a whole year in Hong Kong', () => {
    const start = at('2024-12-31T16:00:00Z');
    const end = at('2025-12-31T16:00:00Z');
    expect(plain(offsetSegments(start, end, 'Asia/Hong_Kong'))).toEqual([[start.toISOString(), end.toISOString(), 480]]);
  });

  it('cuts New York\'s spring-forward day exactly at 02:00 EST (07:00 UTC)', () => {
    const { start, end } = trendSpan('2025-03-08', '2025-03-10', 'America/New_York');
    const segments = offsetSegments(start, end, 'America/New_York');
    expect(plain(segments)).toEqual([
      ['2025-03-08T05:00:00.000Z', '2025-03-09T07:00:00.000Z', -300],
      ['2025-03-09T07:00:00.000Z', '2025-03-11T04:00:00.000Z', -240],
    ]);
    expectContiguous(segments, start, end);
  });

  it('cuts New York\'s fall-back day exactly at 02:00 EDT (06:00 UTC)', () => {
    const { start, end } = trendSpan('2025-11-01', '2025-11-02', 'America/New_York');
    expect(plain(offsetSegments(start, end, 'America/New_York'))).toEqual([
      ['2025-11-01T04:00:00.000Z', '2025-11-02T06:00:00.000Z', -240],
      ['2025-11-02T06:00:00.000Z', '2025-11-03T05:00:00.000Z', -300],
    ]);
  });

  it('follows Lord Howe Island\'s half-hour shifts, both ways in one range', () => {
    const start = at('2025-04-01T00:00:00Z');
    const end = at('2025-10-10T00:00:00Z');
    const segments = offsetSegments(start, end, 'Australia/Lord_Howe');
    expect(plain(segments)).toEqual([
      ['2025-04-01T00:00:00.000Z', '2025-04-05T15:00:00.000Z', 660],
      ['2025-04-05T15:00:00.000Z', '2025-10-04T15:30:00.000Z', 630],
      ['2025-10-04T15:30:00.000Z', '2025-10-10T00:00:00.000Z', 660],
    ]);
    expectContiguous(segments, start, end);
  });

  it('starts a range that begins at a change with the new offset, and ends one that stops there', () => {
    const change = at('2025-03-09T07:00:00Z');
    expect(plain(offsetSegments(change, at('2025-03-10T00:00:00Z'), 'America/New_York'))).toEqual([
      ['2025-03-09T07:00:00.000Z', '2025-03-10T00:00:00.000Z', -240],
    ]);
    expect(plain(offsetSegments(at('2025-03-09T00:00:00Z'), change, 'America/New_York'))).toEqual([
      ['2025-03-09T00:00:00.000Z', '2025-03-09T07:00:00.000Z', -300],
    ]);
  });

  it('is empty for an empty range', () => {
    expect(offsetSegments(at('2025-06-01T00:00:00Z'), at('2025-06-01T00:00:00Z'), 'Asia/Hong_Kong')).toEqual([]);
  });
});

describe('trendSpan', () => {
  it('runs from the first salon day\'s midnight to the midnight after the last', () => {
    expect(trendSpan('2025-06-01', '2025-06-03', 'Asia/Hong_Kong')).toEqual({ start: at('2025-05-31T16:00:00Z'), end: at('2025-06-03T16:00:00Z') });
  });

  it('has a 23-hour day where the clocks go forward', () => {
    const { start, end } = trendSpan('2025-03-09', '2025-03-09', 'America/New_York');
    expect(end.getTime() - start.getTime()).toBe(23 * 3_600_000);
  });
});

describe('fillTrend', () => {
  it('lists every day of the range oldest first, 0 where nothing was logged', () => {
    const counts = new Map([['2025-02-27', 4], ['2025-03-02', 1]]);
    expect(fillTrend('2025-02-27', '2025-03-02', counts)).toEqual([
      { day: '2025-02-27', count: 4 },
      { day: '2025-02-28', count: 0 },
      { day: '2025-03-01', count: 0 },
      { day: '2025-03-02', count: 1 },
    ]);
  });

  it('has one day for a one-day range, and ignores counts outside it', () => {
    expect(fillTrend('2024-02-29', '2024-02-29', new Map([['2024-02-28', 9], ['2024-02-29', 2]]))).toEqual([{ day: '2024-02-29', count: 2 }]);
  });

  it('has a day per calendar day across a clock change', () => {
    expect(fillTrend('2025-03-08', '2025-03-10', new Map()).map((d) => d.day)).toEqual(['2025-03-08', '2025-03-09', '2025-03-10']);
  });
});
