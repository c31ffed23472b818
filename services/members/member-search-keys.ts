/**
 * Search keys stored on each member so that name search is an indexed prefix match: the name
 * lower-cased without spaces in the order it is written ("陳小麗", "chansusan") and the other way
 * round or the English name ("susanchan", "susan"). The migration that added them back-fills
 * existing rows with the same rule in SQL; keep the two in step.
 */
export function memberSearchKeys(member: { lastName: string; firstName: string; englishName?: string | null }): {
  searchName: string;
  searchNameAlt: string;
} {
  const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return {
    searchName: squash(member.lastName + member.firstName).slice(0, 120),
    searchNameAlt: squash(member.englishName ?? member.firstName + member.lastName).slice(0, 120),
  };
}

/** What a typed name becomes before it is matched against the keys. */
export function normaliseNameQuery(query: string): string {
  return query.replace(/\s+/g, '').toLowerCase();
}

/** The birthday's month (1–12), stored beside the birthday for the month filter. */
export function birthMonthOf(birthday: string | null | undefined): number | null {
  const match = /^\d{4}-(\d{2})-\d{2}$/.exec(birthday ?? '');
  return match ? Number(match[1]) : null;
}
