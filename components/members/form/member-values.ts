import type { MemberFormData } from '../profile/member-query';
import type { MemberFormValues } from './validate';

/** The form's values for an existing member (edit, or a walk-in being converted). */
export function memberFormValues(member: MemberFormData): MemberFormValues {
  return {
    branchId: member.branch.id,
    groupId: member.group.id,
    lastName: member.lastName,
    firstName: member.firstName,
    englishName: member.englishName ?? '',
    gender: member.gender,
    idCard: member.idCard ?? '',
    phone: member.phone ?? '',
    phone2: member.phone2 ?? '',
    email: member.email ?? '',
    birthday: member.birthday ?? '',
    address: member.address ?? '',
    consultantId: member.consultant?.id ?? '',
    referrerId: member.referrer?.id ?? '',
    remarks: member.remarks ?? '',
    interestGroupIds: member.interestGroups.map((group) => group.id),
    customFields: Object.fromEntries(member.customFieldValues.map(({ field, value }) => [field.id, value])),
  };
}
