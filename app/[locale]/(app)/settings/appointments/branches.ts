import { allPages } from '@/components/contact-settings/all-pages';
import type { Viewer } from '@/services/auth/viewer';

export type BranchOption = { id: string; code: string; name: string; timeZone: string };

const BRANCHES = 'query($first: Int!, $after: String) { branches(first: $first, after: $after) { nodes { id code name timeZone } pageInfo { hasNextPage endCursor } } }';

/** Every branch by code, for the per-branch settings pages. */
export function loadBranches(viewer: Viewer, locale: string): Promise<BranchOption[]> {
  return allPages<BranchOption>(viewer, locale, BRANCHES, 'branches');
}

/** The branch named by `?branch=`, else the viewer's own, else the first. */
export function chosenBranch(branches: BranchOption[], requested: string | undefined, viewerBranchId: number): BranchOption | null {
  return branches.find((b) => b.id === requested) ?? branches.find((b) => b.id === String(viewerBranchId)) ?? branches[0] ?? null;
}

/** The UTC calendar day `days` days before now, YYYY-MM-DD (a lower bound for lists of dates). */
export function dateDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
