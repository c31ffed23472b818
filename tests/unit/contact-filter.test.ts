import {
  compactFilter, invoiceCondition, keywordTerms, quickCondition, salonDayRange, salonDayStart,
} from '../../services/contacts/contact-filter';
import { normaliseNameQuery } from '../../services/members/member-search-keys';

describe('salon days', () => {
  it('starts a day at midnight in the salon\'s zone', () => {
    expect(salonDayStart('2025-06-11', 'Asia/Hong_Kong').toISOString()).toBe('2025-06-10T16:00:00.000Z');
    expect(salonDayStart('2025-06-11', 'Asia/Bangkok').toISOString()).toBe('2025-06-10T17:00:00.000Z');
  });

  it('makes an inclusive range of days, either end open', () => {
    expect(salonDayRange('2025-06-01', '2025-06-30', 'Asia/Hong_Kong')).toEqual({
      start: new Date('2025-05-31T16:00:00.000Z'),
      end: new Date('2025-06-30T16:00:00.000Z'),
    });
    expect(salonDayRange(undefined, '2025-06-30', 'Asia/Hong_Kong').start).toBeUndefined();
    expect(salonDayRange('2025-06-01', undefined, 'Asia/Hong_Kong').end).toBeUndefined();
  });

  it('keeps a day 24 hours long across a daylight-saving change', () => {
    // London moved to summer time on 30 March 2025: that day has 23 hours.
    const { start, end } = salonDayRange('2025-03-30', '2025-03-30', 'Europe/London');
    expect((end!.getTime() - start!.getTime()) / 3_600_000).toBe(23);
  });
});

describe('quick options', () => {
  // Wednesday 11 June 2025, 01:30 in Hong Kong but still the 10th in UTC.
  const now = new Date('2025-06-10T17:30:00Z');

  it('reads today and this week in the salon\'s zone', () => {
    expect(quickCondition('CONTACTED_TODAY', now, 'Asia/Hong_Kong')).toEqual({
      kind: 'contacted', span: { start: new Date('2025-06-10T16:00:00Z'), end: new Date('2025-06-11T16:00:00Z') },
    });
    expect(quickCondition('CONTACTED_THIS_WEEK', now, 'Asia/Hong_Kong')).toEqual({
      kind: 'contacted', span: { start: new Date('2025-06-08T16:00:00Z'), end: new Date('2025-06-15T16:00:00Z') },
    });
  });

  it('asks for open follow-ups due today, or before today', () => {
    expect(quickCondition('FOLLOW_UP_DUE_TODAY', now, 'Asia/Hong_Kong')).toEqual({
      kind: 'followUp', start: new Date('2025-06-10T16:00:00Z'), end: new Date('2025-06-11T16:00:00Z'),
    });
    expect(quickCondition('FOLLOW_UP_OVERDUE', now, 'Asia/Hong_Kong')).toEqual({ kind: 'followUp', end: new Date('2025-06-10T16:00:00Z') });
  });

  it('asks for contacts never contacted, or with their booking today (the home page\'s links)', () => {
    expect(quickCondition('NOT_CONTACTED', now, 'Asia/Hong_Kong')).toEqual({ kind: 'notContacted' });
    expect(quickCondition('BOOKED_TODAY', now, 'Asia/Hong_Kong')).toEqual({
      kind: 'appointment', span: { start: new Date('2025-06-10T16:00:00Z'), end: new Date('2025-06-11T16:00:00Z') },
    });
  });
});

describe('keyword terms', () => {
  it('matches names without spaces in lower case, numbers as typed and upper-cased', () => {
    expect(keywordTerms(' Chan  Susan ', normaliseNameQuery)).toEqual({ name: 'chansusan', memberNos: ['Chan  Susan', 'CHAN  SUSAN'], phone: null });
    expect(keywordTerms('wem-0', normaliseNameQuery)).toEqual({ name: 'wem-0', memberNos: ['wem-0', 'WEM-0'], phone: null });
  });

  it('also matches phones when the keyword looks like one', () => {
    expect(keywordTerms('9123 4567', normaliseNameQuery)?.phone).toBe('91234567');
    expect(keywordTerms('+852-9123', normaliseNameQuery)?.phone).toBe('8529123');
    expect(keywordTerms('A001', normaliseNameQuery)?.phone).toBeNull();
  });

  it('is nothing for blank input', () => {
    expect(keywordTerms('   ', normaliseNameQuery)).toBeNull();
  });
});

describe('same-day invoice conditions', () => {
  it.each([
    ['INVOICE_POSITIVE', { column: 'sameDayInvoiceCents', test: 'positive' }],
    ['PRODUCT_AT_LEAST', { column: 'sameDayProductCents', test: 'atLeast' }],
    ['TREATMENT_POSITIVE', { column: 'sameDayTreatmentCents', test: 'positive' }],
    ['NO_INVOICE', { column: 'sameDayInvoiceCents', test: 'none' }],
  ] as const)('%s tests %o', (filter, condition) => {
    expect(invoiceCondition(filter)).toEqual(condition);
  });
});

describe('compactFilter', () => {
  it('drops empty values so equal filters compare equal', () => {
    expect(compactFilter({ campaignIds: [], keyword: '', booked: false, statusIds: [3], quick: undefined })).toEqual({ booked: false, statusIds: [3] });
  });
});
