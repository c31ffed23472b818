import type { MemberFormCustomFieldFragment } from '@/graphql/generated/graphql';
import type { Viewer } from '@/services/auth/viewer';
import { serverQuery } from '@/app/[locale]/(app)/server-apollo';
import { FormBranchesQuery, FormCustomFieldsQuery, FormInterestGroupsQuery, FormMemberGroupsQuery } from './member-form-documents';
import { dateInTimeZone, type MemberFormValues, type Option } from './member-values';

export type MemberFormOptions = {
  branches: Option[];
  groups: Option[];
  interestGroups: Option[];
  customFields: MemberFormCustomFieldFragment[];
  /** The viewer's branch's date, for the birthday check. */
  today: string;
};

/** What the registration, edit and convert forms offer to choose from, read as the viewer. */
export async function loadMemberFormOptions(viewer: Viewer, now = new Date()): Promise<MemberFormOptions> {
  const [{ branches }, { memberGroups }, { interestGroups }, { customFields }] = await Promise.all([
    serverQuery(FormBranchesQuery),
    serverQuery(FormMemberGroupsQuery),
    serverQuery(FormInterestGroupsQuery),
    serverQuery(FormCustomFieldsQuery),
  ]);
  const ownBranch = branches.nodes.find((branch) => branch.id === String(viewer.branchId));
  return {
    branches: branches.nodes.map(({ id, name }) => ({ id, name })),
    // Moving a member to the Deleted group is what deleting does; the form never offers it.
    groups: memberGroups.nodes.filter((group) => !group.isDeletedGroup).map(({ id, name }) => ({ id, name })),
    interestGroups: interestGroups.nodes.map(({ id, name }) => ({ id, name })),
    customFields: customFields.nodes,
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
