import { graphqlFetch } from '@/lib/graphql-fetch';
import type { ReportFilterInput } from '../report-filter';
import type { AnalysisView } from './report-params';

export type StatusColumn = { id: string; key: string | null; label: string };
export type StatusCell = { statusId: string; count: number; ratio: number };
export type Outcomes = { booked: number; arrived: number; verified: number; noShow: number; cancelled: number };
export type AnalysisRow = { key: string; code: string; name: string; cells: StatusCell[]; total: number; outcomes: Outcomes };
export type AnalysisTotals = { cells: StatusCell[]; total: number; outcomes: Outcomes };
export type AppliedFilter = {
  branches: Array<{ id: string; code: string; name: string }>;
  campaigns: Array<{ id: string; code: string; name: string }>;
  salesGroups: Array<{ id: string; name: string }>;
  salespeople: Array<{ id: string; code: string; displayName: string }>;
  memberGroups: Array<{ id: string; code: string; name: string }>;
  contactedFrom: string | null;
  contactedTo: string | null;
};

/** One page of a report as campaignAnalysis returns it: header, columns, totals and a page of rows. */
export type AnalysisPage = {
  view: AnalysisView;
  columns: StatusColumn[];
  totals: AnalysisTotals;
  filter: AppliedFilter;
  ranBy: { id: string; code: string; displayName: string; login: string };
  ranAt: string;
  rows: { nodes: AnalysisRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
};

export type TrendDay = { day: string; count: number };
export type ContactTrend = { from: string; to: string; total: number; days: TrendDay[] };

/** The API's largest page, and the screen's page size. */
export const PAGE_SIZE = 100;

const OUTCOMES = 'outcomes { booked arrived verified noShow cancelled }';

const ANALYSIS = `query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int, $after: String) {
  campaignAnalysis(view: $view, filter: $filter) {
    view
    columns { id key label }
    totals { cells { statusId count ratio } total ${OUTCOMES} }
    filter {
      branches { id code name }
      campaigns { id code name }
      salesGroups { id name }
      salespeople { id code displayName }
      memberGroups { id code name }
      contactedFrom contactedTo
    }
    ranBy { id code displayName login }
    ranAt
    rows(first: $first, after: $after) {
      nodes { key code name cells { statusId count ratio } total ${OUTCOMES} }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
}`;

export async function loadAnalysisPage(view: AnalysisView, filter: ReportFilterInput, after: string | null, locale: string): Promise<AnalysisPage> {
  const data = await graphqlFetch<{ campaignAnalysis: AnalysisPage }>(ANALYSIS, { view, filter, first: PAGE_SIZE, after }, locale);
  return data.campaignAnalysis;
}

/**
 * A report with up to `limit` rows, read page after page (the print view): the first page's
 * header and totals, and every row read.
 */
export async function loadAnalysisRows(
  view: AnalysisView,
  filter: ReportFilterInput,
  limit: number,
  locale: string,
  onProgress: (rowsRead: number) => void,
): Promise<{ report: AnalysisPage; rows: AnalysisRow[] }> {
  const report = await loadAnalysisPage(view, filter, null, locale);
  const rows = [...report.rows.nodes];
  let pageInfo = report.rows.pageInfo;
  while (pageInfo.hasNextPage && rows.length < limit) {
    onProgress(rows.length);
    const next = await loadAnalysisPage(view, filter, pageInfo.endCursor, locale);
    rows.push(...next.rows.nodes);
    pageInfo = next.rows.pageInfo;
  }
  return { report, rows: rows.slice(0, limit) };
}

const TREND = `query ContactTrendChart($filter: ReportFilterInput) {
  contactTrend(filter: $filter) { from to total days { day count } }
}`;

export async function loadTrend(filter: ReportFilterInput, locale: string): Promise<ContactTrend> {
  return (await graphqlFetch<{ contactTrend: ContactTrend }>(TREND, { filter }, locale)).contactTrend;
}

export type Option = { id: string; label: string };
export type FilterOptions = {
  branches: Option[];
  campaigns: Option[];
  salesGroups: Option[];
  salespeople: Option[];
  memberGroups: Option[];
};

export const EMPTY_OPTIONS: FilterOptions = { branches: [], campaigns: [], salesGroups: [], salespeople: [], memberGroups: [] };

type Connection<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Every item of one option list, 100 at a time: a filter offering only the first page would hide choices. */
async function everything<T>(field: string, selection: string, args: string, locale: string): Promise<T[]> {
  const query = `query ReportFilterOptions($after: String) { ${field}(first: 100, after: $after${args}) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`;
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, Connection<T>> = await graphqlFetch<Record<string, Connection<T>>>(query, { after }, locale);
    const page = data[field];
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}

type Coded = { id: string; code: string; name: string };

/** The filter form's choices; salespeople are only those whose contact members the viewer may see. */
export async function loadFilterOptions(locale: string): Promise<FilterOptions> {
  const [branches, campaigns, salesGroups, salespeople, memberGroups] = await Promise.all([
    everything<Coded>('branches', 'id code name', '', locale),
    everything<Coded>('campaigns', 'id code name', ', includeArchived: true', locale),
    everything<{ id: string; name: string }>('salesGroups', 'id name', '', locale),
    everything<{ id: string; code: string; displayName: string }>('contactSalespeople', 'id code displayName', '', locale),
    everything<Coded>('memberGroups', 'id code name', '', locale),
  ]);
  return {
    branches: branches.map((b) => ({ id: b.id, label: b.code })),
    campaigns: campaigns.map((c) => ({ id: c.id, label: `${c.name} (${c.code})` })),
    salesGroups: salesGroups.map((g) => ({ id: g.id, label: g.name })),
    salespeople: salespeople.map((s) => ({ id: s.id, label: `${s.displayName} (${s.code})` })),
    memberGroups: memberGroups.map((g) => ({ id: g.id, label: g.name })),
  };
}

/** `totalRows` is 0 until the export has counted its rows. */
export type ExportProgress = { rowsWritten: number; totalRows: number; done: boolean };

const PROGRESS = `query ReportExportProgress($id: ID!) { reportExportProgress(id: $id) { rowsWritten totalRows done } }`;

/** How far an export has got; null until the route has started it. */
export async function loadExportProgress(id: string, locale: string): Promise<ExportProgress | null> {
  return (await graphqlFetch<{ reportExportProgress: ExportProgress | null }>(PROGRESS, { id }, locale)).reportExportProgress;
}
