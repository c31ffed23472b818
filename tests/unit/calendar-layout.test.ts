import { gridRange, placeBlocks, snapStart } from '../../components/appointments/calendar/calendar-layout';
import { instantAt, localMinutes, shiftDate, todayIn } from '../../components/appointments/boards/day-params';

describe('gridRange', () => {
  it('spans the opening hours widened to whole hours and to appointments outside them', () => {
    expect(gridRange(10 * 60 + 30, 21 * 60, [])).toEqual({ start: 600, end: 1260 });
    expect(gridRange(600, 1260, [{ start: 540, end: 570 }, { start: 1250, end: 1290 }])).toEqual({ start: 540, end: 1320 });
    expect(gridRange(null, null, [{ start: 600, end: 630 }])).toEqual({ start: 600, end: 660 });
    expect(gridRange(null, null, [])).toBeNull();
  });
});

describe('placeBlocks', () => {
  it('puts overlapping blocks of a column side by side and leaves the others full width', () => {
    const placed = placeBlocks([
      { id: 'a', columnId: '1', start: 600, end: 660 },
      { id: 'b', columnId: '1', start: 630, end: 690 },
      { id: 'c', columnId: '1', start: 660, end: 720 },
      { id: 'd', columnId: '1', start: 720, end: 750 },
      { id: 'e', columnId: '2', start: 600, end: 660 },
    ]);
    const by = Object.fromEntries(placed.map((p) => [p.id, [p.lane, p.lanes]]));
    expect(by).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1], e: [0, 1] });
  });
});

describe('snapStart', () => {
  it('snaps to 15 minutes and keeps the block inside the grid', () => {
    expect(snapStart(600, 1260, 67, 30)).toBe(660);
    expect(snapStart(600, 1260, -40, 30)).toBe(600);
    expect(snapStart(600, 1260, 700, 60)).toBe(1200);
  });
});

describe('local day helpers', () => {
  it('converts between instants and wall-clock minutes of a branch day, across a DST change', () => {
    expect(localMinutes(new Date('2031-05-05T02:00:00Z'), '2031-05-05', 'Asia/Hong_Kong')).toBe(600);
    expect(localMinutes(new Date('2031-05-04T15:30:00Z'), '2031-05-05', 'Asia/Hong_Kong')).toBe(-30);
    expect(instantAt('2031-05-05', 600, 'Asia/Hong_Kong').toISOString()).toBe('2031-05-05T02:00:00.000Z');
    // London moves to summer time on 2031-03-30 at 01:00 UTC: 10:00 local is 09:00 UTC.
    expect(instantAt('2031-03-30', 600, 'Europe/London').toISOString()).toBe('2031-03-30T09:00:00.000Z');
    expect(localMinutes(new Date('2031-03-30T09:00:00Z'), '2031-03-30', 'Europe/London')).toBe(600);
  });

  it('moves dates by calendar days and knows today in a time zone', () => {
    expect(shiftDate('2031-02-28', 1)).toBe('2031-03-01');
    expect(shiftDate('2031-01-01', -1)).toBe('2030-12-31');
    expect(todayIn('Asia/Hong_Kong', new Date('2031-05-04T16:30:00Z'))).toBe('2031-05-05');
  });
});
