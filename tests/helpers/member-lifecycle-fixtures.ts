import type { DataSource } from 'typeorm';
import { AuditLog, Branch, CustomField, InterestGroup, Member, MemberNumberSequence, Staff } from '../../entities';
import { CustomFieldType } from '../../entities/custom-field.entity';
import { branchScope } from '../../services/numbering/member-number';
import { gql, sessionCookieFor } from './graphql-client';

let counter = 0;

export async function anInterestGroup(ds: DataSource, overrides: Partial<InterestGroup> = {}): Promise<InterestGroup> {
  counter += 1;
  return ds.getRepository(InterestGroup).save({ code: `IG${counter}`, name: `Interest Group${counter}`, ...overrides });
}

export async function aCustomField(ds: DataSource, overrides: Partial<CustomField> = {}): Promise<CustomField> {
  counter += 1;
  return ds.getRepository(CustomField).save({
    key: `field${counter}`, label: `Field ${counter}`, type: CustomFieldType.TEXT, maxLength: 50, options: [], ...overrides,
  });
}

export async function aSequence(ds: DataSource, branch: Branch | 'walk-in', prefix: string, digits: number, nextValue = 1) {
  const scope = branch === 'walk-in' ? 'walk-in' : branchScope(branch.id);
  return ds.getRepository(MemberNumberSequence).save({ scope, prefix, digits, nextValue });
}

/** A valid registration for GraphQL, with any field replaced. */
export function registration(branch: Branch, groupId: number, overrides: Record<string, unknown> = {}) {
  return {
    branchId: String(branch.id),
    groupId: String(groupId),
    lastName: '陳',
    firstName: '小麗',
    gender: 'FEMALE',
    phone: '91234567',
    ...overrides,
  };
}

export const MEMBER_FIELDS = `id memberNo lastName firstName englishName gender idCard phone phone2 email birthday address remarks isWalkIn deletedAt
  branch { code } group { code } consultant { code }`;

export const REGISTER = `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { ${MEMBER_FIELDS} } }`;

/** Calls GraphQL as a staff member (session cookie). */
export async function as(staff: Staff, query: string, variables: Record<string, unknown> = {}, locale = 'en') {
  return gql(query, variables, { cookie: await sessionCookieFor(staff), locale });
}

/**
 * Signs a staff member in once and returns a caller for their requests, so that counting a
 * request's statements leaves out the sign-in (whose cached-parameter recheck depends on the clock).
 */
export async function signedIn(staff: Staff, locale = 'en') {
  const cookie = await sessionCookieFor(staff);
  return (query: string, variables: Record<string, unknown> = {}) => gql(query, variables, { cookie, locale });
}

/** Row counts that a refused change must leave as they were. */
export async function writeCounts(ds: DataSource) {
  return {
    members: await ds.getRepository(Member).count(),
    audit: await ds.getRepository(AuditLog).count(),
    sequences: (await ds.getRepository(MemberNumberSequence).find({ order: { id: 'ASC' } })).map((s) => `${s.scope}:${s.nextValue}`),
  };
}
