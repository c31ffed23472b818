import fc from 'fast-check';
import {
  analysisHref, analysisQueryString, exportUrl, parseAnalysisQuery, printHref, queryRecordOf, type AnalysisState,
} from '@/components/reports/analysis/report-params';
import type { QueryRecord } from '@/components/reports/report-filter';

const record = (qs: string): QueryRecord => queryRecordOf(new URLSearchParams(qs));

describe('campaign analysis URL parameters', () => {
  it('reads the seed\'s example: two campaigns, the campaign view', () => {
    expect(parseAnalysisQuery(record('view=CAMPAIGN&campaign=2&campaign=1'))).toEqual({ view: 'CAMPAIGN', filter: { campaignIds: ['2', '1'] } });
  });

  it('has no view until the report has been run, and ignores unknown views', () => {
    expect(parseAnalysisQuery(record('campaign=1')).view).toBeNull();
    expect(parseAnalysisQuery(record('view=campaign')).view).toBeNull();
    expect(parseAnalysisQuery(record('view=SALESPERSON')).view).toBe('SALESPERSON');
  });

  it('drops ids that are not numbers, repeated ids and malformed dates', () => {
    expect(parseAnalysisQuery(record('branch=3&branch=x&branch=3&from=2020-5-1&to=2020-05-31'))).toEqual({
      view: null,
      filter: { branchIds: ['3'], contactedTo: '2020-05-31' },
    });
  });

  it('writes every filter and reads it back unchanged', () => {
    const state: AnalysisState = {
      view: 'MEMBER',
      filter: {
        branchIds: ['1', '2'], campaignIds: ['7'], salesGroupIds: ['3'], salespersonIds: ['11', '12'], memberGroupIds: ['4'],
        contactedFrom: '2020-05-01', contactedTo: '2020-05-31',
      },
    };
    const qs = analysisQueryString(state);
    expect(qs).toBe('view=MEMBER&branch=1&branch=2&campaign=7&salesGroup=3&salesperson=11&salesperson=12&memberGroup=4&from=2020-05-01&to=2020-05-31');
    expect(parseAnalysisQuery(record(qs))).toEqual(state);
  });

  it('round-trips any state', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 1e9 }).map(String), { maxLength: 4 });
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const state = fc.record(
      {
        view: fc.constantFrom('CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER', null),
        filter: fc.record(
          { branchIds: ids, campaignIds: ids, salesGroupIds: ids, salespersonIds: ids, memberGroupIds: ids, contactedFrom: day, contactedTo: day },
          { requiredKeys: [] },
        ),
      },
    );
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseAnalysisQuery(record(analysisQueryString(s as AnalysisState)));
        const expected = Object.fromEntries(Object.entries(s.filter).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
        expect(parsed).toEqual({ view: s.view, filter: expected });
      }),
    );
  });

  it('links the analysis and its print view with the same query string', () => {
    const state: AnalysisState = { view: 'BRANCH', filter: { campaignIds: ['1'] } };
    expect(analysisHref(state)).toBe('/reports/campaign-analysis?view=BRANCH&campaign=1');
    expect(printHref(state)).toBe('/reports/campaign-analysis/print?view=BRANCH&campaign=1');
    expect(analysisHref({ view: null, filter: {} })).toBe('/reports/campaign-analysis');
  });

  it('asks the export route for the views, the filter as JSON, the locale and the progress id', () => {
    const url = new URL(exportUrl(['CAMPAIGN', 'MEMBER'], { campaignIds: ['1', '2'] }, 'th', 'abc'), 'http://x');
    expect(url.pathname).toBe('/api/reports/campaign-analysis/export');
    expect(url.searchParams.get('views')).toBe('CAMPAIGN,MEMBER');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ campaignIds: ['1', '2'] });
    expect(url.searchParams.get('locale')).toBe('th');
    expect(url.searchParams.get('progress')).toBe('abc');
  });
});
