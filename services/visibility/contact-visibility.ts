import { Permission } from '../admin/permission';

/**
 * Whose contact members a staff member may see (聯絡活動查看會員權限): their own always; the
 * flags add whole groups of salespeople; `staffIds` adds salespeople one by one.
 */
export type ContactVisibilityRule = {
  ownBranch: boolean;
  otherBranches: boolean;
  all: boolean;
  staffIds: number[];
};

/** Which contact members a viewer may see, as a condition on the assigned salesperson. */
export type ContactScope = { kind: 'all' } | { kind: 'salespeople'; salespersonIds: number[] };

type ScopedViewer = { staffId: number; branchId: number; permissions: ReadonlySet<Permission> };
type StaffBranch = { id: number; branchId: number };

/** Staff nobody has configured: supervisors (contacts.supervise) see everything, the rest their own. */
export function defaultContactVisibility(permissions: ReadonlySet<Permission>): ContactVisibilityRule {
  return { ownBranch: false, otherBranches: false, all: permissions.has(Permission.ContactsSupervise), staffIds: [] };
}

/** True when the rule needs the staff list (branch membership) to be resolved. */
export function ruleNeedsStaff(rule: ContactVisibilityRule): boolean {
  return !rule.all && !(rule.ownBranch && rule.otherBranches) && (rule.ownBranch || rule.otherBranches);
}

/**
 * Resolves a rule to the salespeople whose members the viewer sees. Own branch plus other
 * branches is everybody, so it is `all` (and stays so for staff added later).
 */
export function contactScopeFor(viewer: ScopedViewer, rule: ContactVisibilityRule | null, staff: readonly StaffBranch[]): ContactScope {
  const effective = rule ?? defaultContactVisibility(viewer.permissions);
  if (effective.all || (effective.ownBranch && effective.otherBranches)) return { kind: 'all' };
  const ids = new Set<number>([viewer.staffId, ...effective.staffIds]);
  for (const person of staff) {
    const sameBranch = person.branchId === viewer.branchId;
    if ((sameBranch && effective.ownBranch) || (!sameBranch && effective.otherBranches)) ids.add(person.id);
  }
  return { kind: 'salespeople', salespersonIds: [...ids].sort((a, b) => a - b) };
}

export function scopeAllowsSalesperson(scope: ContactScope, salespersonId: number): boolean {
  return scope.kind === 'all' || scope.salespersonIds.includes(salespersonId);
}
