import { graphqlFetch } from '@/lib/graphql-fetch';
import type { ReportFilterInput } from '../report-filter';
import type { Drill } from './follow-up-params';

export type MethodCount = { methodId: string; count: number };
export type Figures = {
  assigned: number;
  contacted: number;
  logs: number;
  logsByMethod: MethodCount[];
  booked: number;
  attended: number;
  overdue: number;
};
export type Salesperson = { id: string; code: string; displayName: string };
export type FollowUpRow = Figures & { salesperson: Salesperson };
export type AppliedFilter = {
  branches: Array<{ id: string; code: string; name: string }>;
  campaigns: Array<{ id: string; code: string; name: string }>;
  salesGroups: Array<{ id: string; name: string }>;
  salespeople: Salesperson[];
  memberGroups: Array<{ id: string; code: string; name: string }>;
};

/** A whole report: header, method columns, totals and every row. */
export type FollowUpReport = {
  from: string;
  to: string;
  methods: Array<{ id: string; label: string }>;
  totals: Figures;
  filter: AppliedFilter;
  ranBy: Salesperson & { login: string };
  ranAt: string;
  rows: FollowUpRow[];
};

const FIGURES = 'assigned contacted logs logsByMethod { methodId count } booked attended overdue';

const REPORT = `query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int, $after: String) {
  followUpStatistics(filter: $filter) {
    from to
    methods { id label }
    totals { ${FIGURES} }
    filter {
      branches { id code name }
      campaigns { id code name }
      salesGroups { id name }
      salespeople { id code displayName }
      memberGroups { id code name }
    }
    ranBy { id code displayName login }
    ranAt
    rows(first: $first, after: $after) {
      nodes { salesperson { id code displayName } ${FIGURES} }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

type ReportPage = Omit<FollowUpReport, 'rows'> & { rows: { nodes: FollowUpRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** The API's largest page. */
const PAGE_SIZE = 100;
/** A chain has a few hundred salespeople; the screen reads at most this many rows. */
export const MAX_ROWS = 2_000;

/** The report with all its rows (one row per salesperson), read page after page. */
export async function loadFollowUpReport(filter: ReportFilterInput, locale: string): Promise<FollowUpReport> {
  const first = (await graphqlFetch<{ followUpStatistics: ReportPage }>(REPORT, { filter, first: PAGE_SIZE }, locale)).followUpStatistics;
  const rows = [...first.rows.nodes];
  let pageInfo = first.rows.pageInfo;
  while (pageInfo.hasNextPage && rows.length < MAX_ROWS) {
    const next = (await graphqlFetch<{ followUpStatistics: ReportPage }>(REPORT, { filter, first: PAGE_SIZE, after: pageInfo.endCursor }, locale)).followUpStatistics;
    rows.push(...next.rows.nodes);
    pageInfo = next.rows.pageInfo;
  }
  return { ...first, rows };
}

export type DrillMember = {
  id: string;
  lastContactAt: string | null;
  member: { id: string; memberNo: string; lastName: string; firstName: string };
  campaign: { id: string; code: string; name: string };
  status: { id: string; label: string };
  salesperson: Salesperson;
};
export type DrillPage = { nodes: DrillMember[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };

const MEMBERS = `query FollowUpStatisticMembers($filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String) {
  followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {
    nodes {
      id lastContactAt
      member { id memberNo lastName firstName }
      campaign { id code name }
      status { id label }
      salesperson { id code displayName }
    }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

export const DRILL_PAGE_SIZE = 50;

/** A page of the contact members behind a number. */
export async function loadDrillPage(filter: ReportFilterInput, drill: Drill, after: string | null, locale: string): Promise<DrillPage> {
  const data = await graphqlFetch<{ followUpStatisticMembers: DrillPage }>(
    MEMBERS,
    { filter, metric: drill.metric, salespersonId: drill.salespersonId, methodId: drill.methodId, first: DRILL_PAGE_SIZE, after },
    locale,
  );
  return data.followUpStatisticMembers;
}
