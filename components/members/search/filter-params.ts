/**
 * The member search as the URL holds it, and as the GraphQL `memberSearch` query takes it. Pure:
 * the page, its tests and the bulk actions all read and write the filter through these functions,
 * so a reload, back/forward and a saved selection see the same search.
 */

export type Gender = 'FEMALE' | 'MALE' | 'UNKNOWN';
export type MemberKind = 'ALL' | 'MEMBERS' | 'WALK_INS';
export type CampaignPresenceInput = { kind: 'ANY' | 'NONE' | 'CAMPAIGN'; campaignId?: string };
export type MemberSortField = 'MEMBER_NO' | 'NAME' | 'JOINED_AT';
export type SortDirection = 'ASC' | 'DESC';
export type MemberSortInput = { field: MemberSortField; direction: SortDirection };

/** Mirrors the GraphQL `MemberFilterInput`; absent keys mean "all". */
export type MemberFilterInput = {
  branchIds?: string[];
  groupIds?: string[];
  memberNo?: string;
  name?: string;
  idCard?: string;
  gender?: Gender;
  phone?: string;
  birthMonth?: number;
  joinedFrom?: string;
  joinedTo?: string;
  interestGroupIds?: string[];
  inCampaign?: CampaignPresenceInput;
  notInCampaign?: CampaignPresenceInput;
  campaignSalespersonId?: string;
  kind?: MemberKind;
  customFields?: Array<{ fieldId: string; value: string }>;
};

/**
 * What the search form holds, as its inputs give it. A campaign choice is '' (all), 'ANY', 'NONE'
 * or a campaign id; which words each choice shows differs between 會員在 and 會員不在.
 */
export type FilterFormValues = {
  branchIds: string[];
  groupIds: string[];
  memberNo: string;
  name: string;
  idCard: string;
  gender: '' | Gender;
  phone: string;
  birthMonth: string;
  joinedFrom: string;
  joinedTo: string;
  interestGroupIds: string[];
  inCampaign: string;
  notInCampaign: string;
  campaignSalespersonId: string;
  kind: MemberKind;
  customFields: Record<string, string>;
};

export const EMPTY_FORM: FilterFormValues = {
  branchIds: [],
  groupIds: [],
  memberNo: '',
  name: '',
  idCard: '',
  gender: '',
  phone: '',
  birthMonth: '',
  joinedFrom: '',
  joinedTo: '',
  interestGroupIds: [],
  inCampaign: '',
  notInCampaign: '',
  campaignSalespersonId: '',
  kind: 'ALL',
  customFields: {},
};

export const DEFAULT_SORT: MemberSortInput = { field: 'MEMBER_NO', direction: 'ASC' };

const GENDERS: readonly Gender[] = ['FEMALE', 'MALE', 'UNKNOWN'];
const KINDS: readonly MemberKind[] = ['ALL', 'MEMBERS', 'WALK_INS'];
const SORT_FIELDS: readonly MemberSortField[] = ['MEMBER_NO', 'NAME', 'JOINED_AT'];
const ID = /^[1-9]\d{0,15}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function presenceOf(value: string): CampaignPresenceInput | undefined {
  if (value === 'ANY' || value === 'NONE') return { kind: value };
  if (ID.test(value)) return { kind: 'CAMPAIGN', campaignId: value };
  return undefined;
}

function presenceValue(presence: CampaignPresenceInput | undefined): string {
  if (!presence) return '';
  return presence.kind === 'CAMPAIGN' ? (presence.campaignId ?? '') : presence.kind;
}

function ids(values: string[]): string[] | undefined {
  const valid = [...new Set(values.filter((v) => ID.test(v)))].sort((a, b) => Number(a) - Number(b));
  return valid.length ? valid : undefined;
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** The filter the form describes: empty inputs dropped, ids sorted so equal searches compare equal. */
export function buildFilter(values: FilterFormValues): MemberFilterInput {
  const month = Number(values.birthMonth);
  const customFields = Object.entries(values.customFields)
    .filter(([fieldId, value]) => ID.test(fieldId) && value.trim())
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([fieldId, value]) => ({ fieldId, value: value.trim() }));
  const filter: MemberFilterInput = {
    branchIds: ids(values.branchIds),
    groupIds: ids(values.groupIds),
    memberNo: text(values.memberNo),
    name: text(values.name),
    idCard: text(values.idCard),
    gender: values.gender || undefined,
    phone: text(values.phone),
    birthMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined,
    joinedFrom: DATE.test(values.joinedFrom) ? values.joinedFrom : undefined,
    joinedTo: DATE.test(values.joinedTo) ? values.joinedTo : undefined,
    interestGroupIds: ids(values.interestGroupIds),
    inCampaign: presenceOf(values.inCampaign),
    notInCampaign: presenceOf(values.notInCampaign),
    campaignSalespersonId: ID.test(values.campaignSalespersonId) ? values.campaignSalespersonId : undefined,
    kind: values.kind !== 'ALL' && KINDS.includes(values.kind) ? values.kind : undefined,
    customFields: customFields.length ? customFields : undefined,
  };
  for (const key of Object.keys(filter) as Array<keyof MemberFilterInput>) if (filter[key] === undefined) delete filter[key];
  return filter;
}

/** The form showing a filter (the inverse of `buildFilter`). */
export function formFromFilter(filter: MemberFilterInput): FilterFormValues {
  return {
    branchIds: filter.branchIds ?? [],
    groupIds: filter.groupIds ?? [],
    memberNo: filter.memberNo ?? '',
    name: filter.name ?? '',
    idCard: filter.idCard ?? '',
    gender: filter.gender ?? '',
    phone: filter.phone ?? '',
    birthMonth: filter.birthMonth ? String(filter.birthMonth) : '',
    joinedFrom: filter.joinedFrom ?? '',
    joinedTo: filter.joinedTo ?? '',
    interestGroupIds: filter.interestGroupIds ?? [],
    inCampaign: presenceValue(filter.inCampaign),
    notInCampaign: presenceValue(filter.notInCampaign),
    campaignSalespersonId: filter.campaignSalespersonId ?? '',
    kind: filter.kind ?? 'ALL',
    customFields: Object.fromEntries((filter.customFields ?? []).map((c) => [c.fieldId, c.value])),
  };
}

/** Everything the URL says about the search: what to find, in which order, and which page. */
export type SearchState = {
  filter: MemberFilterInput;
  sort: MemberSortInput;
  /** Cursor of the page shown; null for the first page. */
  after: string | null;
  /** The `after` of each earlier page, oldest first ('' is the first page), for "previous". */
  previous: string[];
};

export type QueryRecord = Record<string, string | string[] | undefined>;

const CUSTOM_PREFIX = 'cf.';

function all(query: QueryRecord, key: string): string[] {
  const value = query[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function one(query: QueryRecord, key: string): string {
  return all(query, key)[0] ?? '';
}

/** Reads the search from the page's query string (as Next.js hands it to a page). */
export function parseSearchQuery(query: QueryRecord): SearchState {
  const gender = one(query, 'gender') as Gender;
  const kind = one(query, 'kind') as MemberKind;
  const customFields: Record<string, string> = {};
  for (const key of Object.keys(query)) {
    if (key.startsWith(CUSTOM_PREFIX)) customFields[key.slice(CUSTOM_PREFIX.length)] = one(query, key);
  }
  const filter = buildFilter({
    branchIds: all(query, 'branch'),
    groupIds: all(query, 'group'),
    memberNo: one(query, 'no'),
    name: one(query, 'name'),
    idCard: one(query, 'idCard'),
    gender: GENDERS.includes(gender) ? gender : '',
    phone: one(query, 'phone'),
    birthMonth: one(query, 'month'),
    joinedFrom: one(query, 'from'),
    joinedTo: one(query, 'to'),
    interestGroupIds: all(query, 'interest'),
    inCampaign: one(query, 'in'),
    notInCampaign: one(query, 'notIn'),
    campaignSalespersonId: one(query, 'salesperson'),
    kind: KINDS.includes(kind) ? kind : 'ALL',
    customFields,
  });
  const field = one(query, 'sort') as MemberSortField;
  const sort: MemberSortInput = SORT_FIELDS.includes(field)
    ? { field, direction: one(query, 'dir') === 'DESC' ? 'DESC' : 'ASC' }
    : DEFAULT_SORT;
  return { filter, sort, after: one(query, 'after') || null, previous: all(query, 'prev') };
}

/** The query string (without "?") for a search; the default sort and the first page are left out. */
export function searchQueryString(state: SearchState): string {
  const { filter, sort } = state;
  const params = new URLSearchParams();
  const add = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.append(key, String(value));
  };
  filter.branchIds?.forEach((id) => add('branch', id));
  filter.groupIds?.forEach((id) => add('group', id));
  add('no', filter.memberNo);
  add('name', filter.name);
  add('idCard', filter.idCard);
  add('gender', filter.gender);
  add('phone', filter.phone);
  add('month', filter.birthMonth);
  add('from', filter.joinedFrom);
  add('to', filter.joinedTo);
  filter.interestGroupIds?.forEach((id) => add('interest', id));
  add('in', presenceValue(filter.inCampaign));
  add('notIn', presenceValue(filter.notInCampaign));
  add('salesperson', filter.campaignSalespersonId);
  add('kind', filter.kind);
  filter.customFields?.forEach((c) => add(`${CUSTOM_PREFIX}${c.fieldId}`, c.value));
  if (sort.field !== DEFAULT_SORT.field || sort.direction !== DEFAULT_SORT.direction) {
    add('sort', sort.field);
    add('dir', sort.direction);
  }
  if (state.after) {
    state.previous.forEach((cursor) => params.append('prev', cursor));
    add('after', state.after);
  }
  return params.toString();
}

/** A stable key for "the same set of members", whatever the order or page: selections are kept per key. */
export function filterKey(filter: MemberFilterInput): string {
  return searchQueryString({ filter, sort: DEFAULT_SORT, after: null, previous: [] });
}

export function nextPage(state: SearchState, endCursor: string): SearchState {
  return { ...state, after: endCursor, previous: [...state.previous, state.after ?? ''] };
}

export function previousPage(state: SearchState): SearchState {
  return { ...state, after: state.previous.at(-1) || null, previous: state.previous.slice(0, -1) };
}

/** Clicking a sortable header: the same column flips direction, another column starts ascending. */
export function sortBy(state: SearchState, field: MemberSortField): SearchState {
  const direction: SortDirection = state.sort.field === field && state.sort.direction === 'ASC' ? 'DESC' : 'ASC';
  return { ...state, sort: { field, direction }, after: null, previous: [] };
}
