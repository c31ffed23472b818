const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** "陳小麗" for Chinese names, "Chan Susan" otherwise, as the seeds show them. */
export function formatMemberName(member: { lastName: string; firstName: string }): string {
  const last = member.lastName.trim();
  const first = member.firstName.trim();
  if (!first) return last;
  return CJK.test(last) || CJK.test(first) ? `${last}${first}` : `${last} ${first}`;
}
