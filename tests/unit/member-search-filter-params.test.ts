import { expect } from '@jest/globals';
import {
  buildFilter, DEFAULT_SORT, EMPTY_FORM, filterKey, formFromFilter, nextPage, parseSearchQuery, previousPage, searchQueryString, sortBy,
  type MemberFilterInput,
} from '@/components/members/search/filter-params';

const everyFilter: MemberFilterInput = {
  branchIds: ['1', '3'],
  groupIds: ['7'],
  memberNo: 'A00',
  name: '陳小',
  idCard: 'Y123',
  gender: 'FEMALE',
  phone: '9123',
  birthMonth: 6,
  joinedFrom: '2020-01-01',
  joinedTo: '2020-12-31',
  interestGroupIds: ['2'],
  inCampaign: { kind: 'CAMPAIGN', campaignId: '4' },
  notInCampaign: { kind: 'ANY' },
  campaignSalespersonId: '12',
  kind: 'WALK_INS',
  customFields: [{ fieldId: '3', value: 'dry' }],
};

/** A query string as Next.js hands it to a page: repeated keys become arrays. */
function asQuery(search: string): Record<string, string | string[]> {
  const params = new URLSearchParams(search);
  return Object.fromEntries([...new Set(params.keys())].map((key) => {
    const values = params.getAll(key);
    return [key, values.length > 1 ? values : values[0]];
  }));
}

describe('member search filter', () => {
  it('builds nothing from an untouched form ("all")', () => {
    expect(buildFilter(EMPTY_FORM)).toEqual({});
  });

  it('trims text, drops blanks and invalid values, sorts ids', () => {
    expect(
      buildFilter({
        ...EMPTY_FORM,
        branchIds: ['3', '1', '3', 'x'],
        memberNo: '  A00 ',
        name: '   ',
        birthMonth: '13',
        joinedFrom: 'yesterday',
        inCampaign: 'NONE',
        notInCampaign: 'bogus',
        campaignSalespersonId: '0',
        kind: 'ALL',
        customFields: { '5': ' ', '2': ' x ' },
      }),
    ).toEqual({ branchIds: ['1', '3'], memberNo: 'A00', inCampaign: { kind: 'NONE' }, customFields: [{ fieldId: '2', value: 'x' }] });
  });

  it('round-trips every filter through the form', () => {
    expect(buildFilter(formFromFilter(everyFilter))).toEqual(everyFilter);
  });

  it('round-trips every filter, the sort and the page through the URL', () => {
    const state = { filter: everyFilter, sort: { field: 'JOINED_AT' as const, direction: 'DESC' as const }, after: 'c2', previous: ['', 'c1'] };
    expect(parseSearchQuery(asQuery(searchQueryString(state)))).toEqual(state);
  });

  it('leaves the default sort and the first page out of the URL', () => {
    expect(searchQueryString({ filter: {}, sort: DEFAULT_SORT, after: null, previous: ['x'] })).toBe('');
    expect(parseSearchQuery({})).toEqual({ filter: {}, sort: DEFAULT_SORT, after: null, previous: [] });
  });

  it('ignores unknown or malformed query values', () => {
    expect(parseSearchQuery({ gender: 'X', kind: 'EVERYONE', sort: 'PHONE', month: '0', branch: ['abc'] })).toEqual(parseSearchQuery({}));
  });

  it('pages forward and back with a stack of cursors', () => {
    const first = parseSearchQuery({ phone: '9123' });
    const second = nextPage(first, 'c1');
    const third = nextPage(second, 'c2');
    expect(third).toMatchObject({ after: 'c2', previous: ['', 'c1'] });
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(second)).toEqual({ ...first, previous: [] });
  });

  it('sorting flips the direction of the same column and starts over at page one', () => {
    const paged = nextPage(parseSearchQuery({}), 'c1');
    const byName = sortBy(paged, 'NAME');
    expect(byName).toMatchObject({ sort: { field: 'NAME', direction: 'ASC' }, after: null, previous: [] });
    expect(sortBy(byName, 'NAME').sort).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(sortBy(sortBy(byName, 'NAME'), 'NAME').sort.direction).toBe('ASC');
  });

  it('keys a filter the same whatever its page or sort', () => {
    expect(filterKey(everyFilter)).toBe(filterKey(buildFilter(formFromFilter(everyFilter))));
    expect(filterKey({})).toBe('');
  });
});
