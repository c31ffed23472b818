import { fieldPath, isCalendarDate, isOrderedRange, isPhoneQuery } from '@/services/members/member-search-rules';
import { parseLookupTerm } from '@/services/members/quick-lookup-term';

describe('member search input rules', () => {
  it.each(['2024-02-29', '2025-12-31', '1990-01-01'])('accepts the real date %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-1-01', '20250101', '2025-01-01T00:00', '', 5])('refuses %p', (d) =>
    expect(isCalendarDate(d)).toBe(false));

  it('orders a date range only when both ends are dates', () => {
    expect(isOrderedRange('2025-01-01', '2025-01-01')).toBe(true);
    expect(isOrderedRange('2025-01-02', '2025-01-01')).toBe(false);
    expect(isOrderedRange(null, '2025-01-01')).toBe(true);
    expect(isOrderedRange('nonsense', '2025-01-01')).toBe(true);
  });

  it('takes digits and the separators people type as a phone', () => {
    expect(isPhoneQuery('9123 4567')).toBe(true);
    expect(isPhoneQuery('+852-(9123)')).toBe(true);
    expect(isPhoneQuery('9123a')).toBe(false);
  });

  it('names fields without array positions', () => {
    expect(fieldPath(['filter', 'customFields', '0', 'value'])).toBe('filter.customFields.value');
  });
});

describe('quick lookup term', () => {
  it('reads 3 or more digits as a phone prefix, ignoring separators', () => {
    expect(parseLookupTerm(' 9123 ')).toEqual({ kind: 'phone', digits: '9123' });
    expect(parseLookupTerm('912-345')).toEqual({ kind: 'phone', digits: '912345' });
  });
  it('ignores blank input and too few digits', () => {
    expect(parseLookupTerm('  ')).toEqual({ kind: 'none' });
    expect(parseLookupTerm('91')).toEqual({ kind: 'none' });
  });
  it('reads anything else as a number or name', () => {
    expect(parseLookupTerm('A001')).toEqual({ kind: 'text', text: 'A001' });
    expect(parseLookupTerm(' Chan Susan ')).toEqual({ kind: 'text', text: 'Chan Susan' });
  });
});
