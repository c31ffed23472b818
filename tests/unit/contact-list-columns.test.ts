import { expect } from '@jest/globals';
import { chipKey, filterChips, withoutChip } from '@/components/contacts/list/filter-chips';
import { defaultColumns, parseColumns, serializeColumns, toggleColumn } from '@/components/contacts/list/table-columns';

describe('the contact list filter chips', () => {
  const filter = { campaignIds: ['1', '2'], booked: false, keyword: 'chan', quick: 'FOLLOW_UP_OVERDUE' as const };

  it('gives one chip per chosen value, each with its own key', () => {
    const chips = filterChips(filter);
    expect(chips.map(chipKey)).toEqual(['campaignIds:1', 'campaignIds:2', 'booked:false', 'keyword:chan', 'quick:FOLLOW_UP_OVERDUE']);
    expect(filterChips({})).toEqual([]);
  });

  it('removes one value of a list, or the whole filter, and drops what is left empty', () => {
    expect(withoutChip(filter, { field: 'campaignIds', value: '1' })).toEqual({ ...filter, campaignIds: ['2'] });
    expect(withoutChip({ campaignIds: ['1'] }, { field: 'campaignIds', value: '1' })).toEqual({});
    expect(withoutChip(filter, { field: 'booked', value: false })).toEqual({ campaignIds: ['1', '2'], keyword: 'chan', quick: 'FOLLOW_UP_OVERDUE' });
  });
});

describe('the contact list optional columns', () => {
  it('defaults to the salesperson for managers and nothing for salespeople', () => {
    expect(parseColumns(undefined, defaultColumns(true))).toEqual(['salesperson']);
    expect(parseColumns(undefined, defaultColumns(false))).toEqual([]);
  });

  it('reads the cookie back in the table order, dropping unknown names; "-" is none chosen', () => {
    expect(parseColumns('verificationNote.campaign.nonsense', ['salesperson'])).toEqual(['campaign', 'verificationNote']);
    expect(parseColumns(serializeColumns([]), ['salesperson'])).toEqual([]);
    expect(serializeColumns(['attendanceNote', 'campaign'])).toBe('campaign.attendanceNote');
  });

  it('toggles a column on in its place and off again', () => {
    expect(toggleColumn(['campaign', 'content'], 'phones')).toEqual(['campaign', 'phones', 'content']);
    expect(toggleColumn(['campaign', 'phones'], 'campaign')).toEqual(['phones']);
  });
});
