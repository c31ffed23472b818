import type { Viewer } from '@/services/auth/viewer';
import { serverGraphql } from '@/lib/server-graphql';
import type { CustomFieldDef, Option } from './types';
import { dateInTimeZone, type MemberFormValues } from './validate';

// One operation per list: together they would exceed the API's query cost limit.
const BRANCHES = `query FormBranches { branches(first: 100) { nodes { id name timeZone } } }`;
const GROUPS = `query FormMemberGroups { memberGroups(first: 100) { nodes { id name isDeletedGroup } } }`;
const INTERESTS = `query FormInterestGroups { interestGroups(first: 100) { nodes { id name } } }`;
const CUSTOM_FIELDS = `query FormCustomFields { customFields(first: 100) { nodes { id key label type maxLength options defaultValue required } } }`;

type OptionsData = {
  branches: { nodes: { id: string; name: string; timeZone: string }[] };
  memberGroups: { nodes: { id: string; name: string; isDeletedGroup: boolean }[] };
  interestGroups: { nodes: Option[] };
  customFields: { nodes: CustomFieldDef[] };
};

export type MemberFormOptions = {
  branches: Option[];
  groups: Option[];
  interestGroups: Option[];
  customFields: CustomFieldDef[];
  /** The viewer's branch's date, for the birthday check. */
  today: string;
};

/** What the registration, edit and convert forms offer to choose from, read as the viewer. */
export async function loadMemberFormOptions(viewer: Viewer, locale: string, now = new Date()): Promise<MemberFormOptions> {
  const [branches, groups, interests, fields] = await Promise.all([
    serverGraphql<Pick<OptionsData, 'branches'>>(viewer, locale, BRANCHES),
    serverGraphql<Pick<OptionsData, 'memberGroups'>>(viewer, locale, GROUPS),
    serverGraphql<Pick<OptionsData, 'interestGroups'>>(viewer, locale, INTERESTS),
    serverGraphql<Pick<OptionsData, 'customFields'>>(viewer, locale, CUSTOM_FIELDS),
  ]);
  const data: OptionsData = { ...branches, ...groups, ...interests, ...fields };
  const ownBranch = data.branches.nodes.find((branch) => branch.id === String(viewer.branchId));
  return {
    branches: data.branches.nodes.map(({ id, name }) => ({ id, name })),
    // Moving a member to the Deleted group is what deleting does; the form never offers it.
    groups: data.memberGroups.nodes.filter((group) => !group.isDeletedGroup).map(({ id, name }) => ({ id, name })),
    interestGroups: data.interestGroups.nodes,
    customFields: data.customFields.nodes,
    today: dateInTimeZone(now, ownBranch?.timeZone ?? 'Asia/Hong_Kong'),
  };
}

export function emptyMemberValues(options: MemberFormOptions, branchId: string): MemberFormValues {
  return {
    branchId,
    groupId: options.groups[0]?.id ?? '',
    lastName: '',
    firstName: '',
    englishName: '',
    gender: '',
    idCard: '',
    phone: '',
    phone2: '',
    email: '',
    birthday: '',
    address: '',
    consultantId: '',
    referrerId: '',
    remarks: '',
    interestGroupIds: [],
    customFields: Object.fromEntries(options.customFields.map((field) => [field.id, field.defaultValue ?? ''])),
  };
}
