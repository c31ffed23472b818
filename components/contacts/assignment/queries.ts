import { graphqlFetch } from '@/lib/graphql-fetch';

/** A campaign as the picker shows it: "name (code) - 優惠編號：X, 分析編號：Y". */
export type AssignableCampaign = { id: string; code: string; name: string; offerCode: string | null; analysisCode: string | null };
export type BranchOption = { id: string; code: string; name: string };
export type SalespersonOption = { id: string; code: string; displayName: string };

export type AssignmentPreview = {
  total: number;
  alreadyInCampaign: number;
  toAssign: number;
  minPerSalesperson: number;
  maxPerSalesperson: number;
  /** Per chosen salesperson: members to be added who are of another branch than hers. */
  outsideBranch: Array<{ outsideBranch: number; salesperson: SalespersonOption }>;
};

export type AssignmentJobStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
export type AssignmentJob = { id: string; status: AssignmentJobStatus; total: number; processed: number; error: string | null };

export type AssignmentInput = { selectionId: string; campaignId: string; salespersonIds: string[] };

/** A branch has far fewer salespeople than the API's page maximum. */
const STAFF_PAGE = 100;

export async function loadSalespeople(branchId: string, locale: string): Promise<SalespersonOption[]> {
  const data = await graphqlFetch<{ staffMembers: { nodes: SalespersonOption[] } }>(
    'query AssignSalespeople($branchId: ID!, $first: Int!) { staffMembers(branchId: $branchId, role: SALESPERSON, first: $first) { nodes { id code displayName } } }',
    { branchId, first: STAFF_PAGE },
    locale,
  );
  return data.staffMembers.nodes;
}

export async function previewAssignment(input: AssignmentInput, locale: string): Promise<AssignmentPreview> {
  const data = await graphqlFetch<{ previewCampaignAssignment: AssignmentPreview }>(
    'query AssignPreview($input: CampaignAssignmentInput!) { previewCampaignAssignment(input: $input) { total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson outsideBranch { outsideBranch salesperson { id code displayName } } } }',
    { input },
    locale,
  );
  return data.previewCampaignAssignment;
}

export async function startAssignment(input: AssignmentInput, locale: string): Promise<AssignmentJob> {
  const data = await graphqlFetch<{ assignToCampaign: AssignmentJob }>(
    'mutation AssignToCampaign($input: CampaignAssignmentInput!) { assignToCampaign(input: $input) { id status total processed error } }',
    { input },
    locale,
  );
  return data.assignToCampaign;
}

export async function fetchAssignmentJob(id: string, locale: string): Promise<AssignmentJob> {
  const data = await graphqlFetch<{ bulkJob: AssignmentJob }>(
    'query AssignmentProgress($id: ID!) { bulkJob(id: $id) { id status total processed error } }',
    { id },
    locale,
  );
  return data.bulkJob;
}

/** Starts a FAILED assignment again from where it stopped. */
export async function retryAssignmentJob(id: string, locale: string): Promise<AssignmentJob> {
  const data = await graphqlFetch<{ retryBulkJob: AssignmentJob }>(
    'mutation RetryAssignment($id: ID!) { retryBulkJob(id: $id) { id status total processed error } }',
    { id },
    locale,
  );
  return data.retryBulkJob;
}

export const isFinished = (job: AssignmentJob) => job.status === 'DONE' || job.status === 'FAILED';
