import { monthsBefore } from '@/services/member-levels/level-change.service';

describe('monthsBefore: where a level\'s spend window starts', () => {
  it.each([
    ['2026-12-07T05:00:00.000Z', 12, '2025-12-07T05:00:00.000Z'],
    ['2026-12-07T05:00:00.000Z', 3, '2026-09-07T05:00:00.000Z'],
    // The 31st falls back to the shorter month's last day, never into the next month.
    ['2026-03-31T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2028-03-31T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2026-01-15T00:00:00.000Z', 24, '2024-01-15T00:00:00.000Z'],
  ])('%s less %i months is %s', (now, months, since) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(since);
  });
});
