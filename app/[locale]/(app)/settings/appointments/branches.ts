import { allNodes } from '@/components/contact-settings/all-pages';
import { SettingsBranchesQuery } from '@/components/appointment-resources/appointment-resource-documents';
import type { SettingsBranchFragment } from '@/graphql/generated/graphql';
import { serverQuery } from '../../server-apollo';

export type BranchOption = SettingsBranchFragment;

/** Every branch by code, for the per-branch settings pages. */
export function loadBranches(): Promise<BranchOption[]> {
  return allNodes(async (after) => (await serverQuery(SettingsBranchesQuery, { after })).branches);
}

/** The branch named by `?branch=`, else the viewer's own, else the first. */
export function chosenBranch(branches: BranchOption[], requested: string | undefined, viewerBranchId: number): BranchOption | null {
  return branches.find((b) => b.id === requested) ?? branches.find((b) => b.id === String(viewerBranchId)) ?? branches[0] ?? null;
}

/** The UTC calendar day `days` days before now, YYYY-MM-DD (a lower bound for lists of dates). */
export function dateDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
