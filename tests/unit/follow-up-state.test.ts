import { daySpan, followUpState, weekSpan } from '../../services/contacts/follow-up-state';

const HK = 'Asia/Hong_Kong';
// 2026-11-25 09:30 in Hong Kong is 01:30 UTC.
const now = new Date('2026-11-25T01:30:00Z');

describe('follow-up state', () => {
  it('is closed once ended, whatever the next date', () => {
    expect(followUpState({ nextFollowUpAt: new Date('2026-11-20T00:00:00Z'), followUpClosedAt: now }, now, HK)).toBe('CLOSED');
  });

  it('is not followed without a next date', () => {
    expect(followUpState({ nextFollowUpAt: null, followUpClosedAt: null }, now, HK)).toBe('NOT_FOLLOWED');
  });

  it('is due today for any time of the salon\'s day, earlier or later than now', () => {
    // 00:10 and 23:50 Hong Kong time on the 25th.
    expect(followUpState({ nextFollowUpAt: new Date('2026-11-24T16:10:00Z'), followUpClosedAt: null }, now, HK)).toBe('DUE_TODAY');
    expect(followUpState({ nextFollowUpAt: new Date('2026-11-25T15:50:00Z'), followUpClosedAt: null }, now, HK)).toBe('DUE_TODAY');
  });

  it('is overdue before the salon\'s today and following after it', () => {
    expect(followUpState({ nextFollowUpAt: new Date('2026-11-24T15:59:00Z'), followUpClosedAt: null }, now, HK)).toBe('OVERDUE');
    expect(followUpState({ nextFollowUpAt: new Date('2026-11-25T16:00:00Z'), followUpClosedAt: null }, now, HK)).toBe('FOLLOWING');
  });

  it('uses the salon\'s time zone, not UTC', () => {
    expect(daySpan(now, HK)).toEqual({ start: new Date('2026-11-24T16:00:00Z'), end: new Date('2026-11-25T16:00:00Z') });
    expect(daySpan(now, 'Asia/Bangkok')).toEqual({ start: new Date('2026-11-24T17:00:00Z'), end: new Date('2026-11-25T17:00:00Z') });
  });

  it('spans Monday to Sunday for the week', () => {
    // 25 Nov 2026 is a Wednesday.
    expect(weekSpan(now, HK)).toEqual({ start: new Date('2026-11-22T16:00:00Z'), end: new Date('2026-11-29T16:00:00Z') });
  });
});
