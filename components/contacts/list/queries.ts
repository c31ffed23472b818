import { graphqlFetch } from '@/lib/graphql-fetch';
import type { ContactFilterInput, ContactSortInput } from './filter-params';

export type FollowUpState = 'NOT_FOLLOWED' | 'FOLLOWING' | 'DUE_TODAY' | 'OVERDUE' | 'CLOSED';

export type ContactRow = {
  id: string;
  lastContactAt: string | null;
  nextFollowUpAt: string | null;
  followUpState: FollowUpState;
  campaign: { id: string; code: string; name: string };
  member: { id: string; memberNo: string; lastName: string; firstName: string; phone: string | null; phone2: string | null };
  salesperson: { id: string; code: string; displayName: string };
  status: { id: string; label: string };
  lastLog: { id: string; note: string; content: string; method: { id: string; label: string } } | null;
  appointment: {
    id: string;
    startsAt: string;
    status: 'BOOKED' | 'ARRIVED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
    note: string;
    attendanceNote: string;
    verificationNote: string;
    verifiedAt: string | null;
    branch: { id: string; code: string };
    verifiedBy: { id: string; code: string; displayName: string } | null;
  } | null;
};

export type ContactPage = {
  nodes: ContactRow[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

export type CampaignOption = { id: string; code: string; name: string; offerCode: string | null; analysisCode: string | null };
export type Option = { id: string; label: string };
export type ListOptions = {
  campaigns: CampaignOption[];
  salespeople: Option[];
  statuses: Option[];
  thresholds: { invoice: number; product: number; treatment: number } | null;
  /** Salespeople a manager may reassign to (empty for others). */
  reassignTargets: Option[];
};

export const EMPTY_OPTIONS: ListOptions = { campaigns: [], salespeople: [], statuses: [], thresholds: null, reassignTargets: [] };

const LIST = `query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {
  contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      id lastContactAt nextFollowUpAt followUpState
      campaign { id code name }
      member { id memberNo lastName firstName phone phone2 }
      salesperson { id code displayName }
      status { id label }
      lastLog { id note content method { id label } }
      appointment {
        id startsAt status note attendanceNote verificationNote verifiedAt
        branch { id code }
        verifiedBy { id code displayName }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

// The total in a request of its own: counting a large list takes longer than its first page, so
// the rows are shown without waiting for it. Asking for the total alone reads no rows.
const TOTAL = `query ContactListTotal($filter: ContactFilterInput) {
  contactMembers(filter: $filter) { totalCount }
}`;

export const PAGE_SIZE = 50;

export async function loadContacts(
  variables: { filter: ContactFilterInput; sort: ContactSortInput; after: string | null },
  locale: string,
): Promise<ContactPage> {
  const data = await graphqlFetch<{ contactMembers: ContactPage }>(LIST, { ...variables, first: PAGE_SIZE }, locale);
  return data.contactMembers;
}

export async function loadContactTotal(filter: ContactFilterInput, locale: string): Promise<number> {
  const data = await graphqlFetch<{ contactMembers: { totalCount: number } }>(TOTAL, { filter }, locale);
  return data.contactMembers.totalCount;
}

const OPTIONS = `query ContactListOptions {
  campaigns(first: 100, includeArchived: true) { nodes { id code name offerCode analysisCode } }
  contactSalespeople(first: 100) { nodes { id code displayName } }
  contactStatuses(first: 100) { nodes { id label } }
  contactSettings { invoiceThresholdCents productThresholdCents treatmentThresholdCents }
}`;

const TARGETS = `query ReassignTargets { staffMembers(role: SALESPERSON, first: 100) { nodes { id code displayName } } }`;

type Staff = { id: string; code: string; displayName: string };
const staffOption = (s: Staff): Option => ({ id: s.id, label: `${s.displayName} (${s.code})` });

export async function loadListOptions(locale: string, canReassign: boolean): Promise<ListOptions> {
  const data = await graphqlFetch<{
    campaigns: { nodes: CampaignOption[] };
    contactSalespeople: { nodes: Staff[] };
    contactStatuses: { nodes: Option[] };
    contactSettings: { invoiceThresholdCents: number; productThresholdCents: number; treatmentThresholdCents: number };
  }>(OPTIONS, {}, locale);
  const targets = canReassign ? (await graphqlFetch<{ staffMembers: { nodes: Staff[] } }>(TARGETS, {}, locale)).staffMembers.nodes : [];
  return {
    campaigns: data.campaigns.nodes,
    salespeople: data.contactSalespeople.nodes.map(staffOption),
    statuses: data.contactStatuses.nodes,
    thresholds: {
      invoice: data.contactSettings.invoiceThresholdCents,
      product: data.contactSettings.productThresholdCents,
      treatment: data.contactSettings.treatmentThresholdCents,
    },
    reassignTargets: targets.map(staffOption),
  };
}

const REASSIGN = `mutation Reassign($ids: [ID!]!, $salespersonId: ID!) { reassignContactMembers(ids: $ids, salespersonId: $salespersonId) }`;

export async function reassign(ids: string[], salespersonId: string, locale: string): Promise<number> {
  return (await graphqlFetch<{ reassignContactMembers: number }>(REASSIGN, { ids, salespersonId }, locale)).reassignContactMembers;
}
