import {
  competitionRanks, NO_INVOICES, returnDaysProblem, salesFigures, sumInvoiceSums,
} from '@/services/reports/campaign-return';
import {
  campaignInvoicesHref, campaignReturnExportHref, campaignReturnHref, parseCampaignReturn, parseDays, parseRanking, rankingExportHref, rankingFilter, rankingHref,
} from '@/components/reports/sales-views/sales-views-params';

describe('活動回報 figures', () => {
  it('nets returns off the invoiced amount', () => {
    expect(salesFigures({ invoices: 2, buyers: 2, grossCents: 270_000, returnedCents: 30_000 })).toEqual({ invoices: 2, buyers: 2, grossCents: 270_000, returnedCents: 30_000, netCents: 240_000 });
  });

  it('totals the campaigns\' rows, an empty report to zero', () => {
    expect(sumInvoiceSums([{ invoices: 2, buyers: 2, grossCents: 5, returnedCents: 1 }, { invoices: 1, buyers: 1, grossCents: 3, returnedCents: 0 }]))
      .toEqual({ invoices: 3, buyers: 3, grossCents: 8, returnedCents: 1 });
    expect(sumInvoiceSums([])).toEqual(NO_INVOICES);
  });

  it('accepts whole windows of 1 to 366 days only', () => {
    expect([1, 30, 366].map(returnDaysProblem)).toEqual([null, null, null]);
    expect([0, 367, -1].map(returnDaysProblem)).toEqual(['outOfRange', 'outOfRange', 'outOfRange']);
    expect([1.5, Number.NaN, '7', null].map(returnDaysProblem)).toEqual(['notANumber', 'notANumber', 'notANumber', 'notANumber']);
  });
});

describe('competition ranks', () => {
  it('shares a rank between equal nets and skips the places they take (1, 2, 2, 4)', () => {
    expect(competitionRanks([500, 300, 300, 100])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([7, 7, 7])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('carries on from the previous page: a tie across the page break keeps its rank', () => {
    expect(competitionRanks([300, 100], 2, { net: 300, rank: 2 })).toEqual([2, 4]);
    expect(competitionRanks([90], 4, { net: 100, rank: 4 })).toEqual([5]);
  });
});

describe('the campaign views\' URLs', () => {
  it('reads the window (default 30, 1–366) and the contact reports\' filter', () => {
    expect(parseDays(undefined)).toBe(30);
    expect(parseDays('7')).toBe(7);
    expect([parseDays('0'), parseDays('367'), parseDays('x'), parseDays('1.5')]).toEqual([30, 30, 30, 30]);
    const state = parseCampaignReturn({ days: '14', campaign: ['3', '3', 'x'], from: '2026-06-01' });
    expect(state).toEqual({ days: 14, filter: { campaignIds: ['3'], contactedFrom: '2026-06-01' } });
    expect(campaignReturnHref(state)).toBe('/reports/sales/campaign-return?days=14&campaign=3&from=2026-06-01');
    expect(campaignInvoicesHref('3', state)).toBe('/reports/sales/campaign-return/3?days=14&campaign=3&from=2026-06-01');
    expect(JSON.parse(new URL(campaignReturnExportHref(state, 'en'), 'http://x').searchParams.get('filter')!)).toEqual({ campaignIds: ['3'], contactedFrom: '2026-06-01' });
  });

  it('reads the ranking\'s period and branches, leaving the server\'s default period when none', () => {
    const state = parseRanking({ from: '2026-06-01', to: 'junk', branch: ['2', '2', 'x'] });
    expect(state).toEqual({ from: '2026-06-01', to: undefined, branchIds: ['2'] });
    expect(rankingFilter(state)).toEqual({ from: '2026-06-01', branchIds: ['2'] });
    expect(rankingHref(state)).toBe('/reports/sales/ranking?from=2026-06-01&branch=2');
    expect(rankingHref({ branchIds: [] })).toBe('/reports/sales/ranking');
    expect(rankingExportHref(state, 'th')).toBe('/api/reports/sales/ranking/export?from=2026-06-01&branch=2&locale=th');
  });
});
