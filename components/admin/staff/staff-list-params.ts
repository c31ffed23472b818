import type { StaffAdminFilter } from '@/graphql/generated/graphql';
import { scopeAllowsBranch, type MemberScope } from '@/services/visibility/member-visibility';

/** The staff list's state in the address: search text, branch, role, sales group, status, page cursor. */
export type StaffListParams = { q?: string; branch?: string; role?: string; group?: string; status?: string; after?: string };

export type StaffStatusFilter = 'active' | 'inactive' | 'all';

/** The address's parameters as the list query's filter; unknown or malformed values are ignored (active staff by default). */
export function filterFromParams(params: StaffListParams): {
  variables: StaffAdminFilter;
  query: Required<Omit<StaffListParams, 'after'>>;
  after: string | null;
  filtered: boolean;
} {
  const text = (value: string | undefined, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
  const id = (value: string | undefined) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? value : '');
  const q = text(params.q, 100);
  const branch = id(params.branch);
  const role = text(params.role, 40);
  const group = id(params.group);
  const status: StaffStatusFilter = params.status === 'inactive' || params.status === 'all' ? params.status : 'active';
  const after = typeof params.after === 'string' && params.after.length <= 200 ? params.after : null;
  return {
    variables: {
      search: q || null,
      branchId: branch || null,
      roleKey: role || null,
      salesGroupId: group || null,
      active: status === 'all' ? null : status === 'active',
    },
    query: { q, branch, role, group, status },
    after,
    filtered: Boolean(q || branch || role || group || status !== 'active'),
  };
}

/** The branches a viewer may pick: those within their member scope. */
export function branchesInScope<B extends { id: string }>(branches: B[], scope: MemberScope): B[] {
  return branches.filter((branch) => scopeAllowsBranch(scope, Number(branch.id)));
}
