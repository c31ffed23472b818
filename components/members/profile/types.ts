export type StaffRef = { id: string; displayName: string; code: string };

export type CommentItem = { id: string; body: string; createdAt: string; author: { displayName: string } | null };

export type AuditItem = { id: string; action: string; at: string; before: string | null; after: string | null; actor: StaffRef | null };

export type CampaignItem = { campaign: { id: string; code: string; name: string }; salesperson: StaffRef | null };

export type PageOf<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: T[] };
