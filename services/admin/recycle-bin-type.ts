/**
 * The kinds of record the recycle bin (數據回收站) holds, and when an entry is purged on its
 * own. Pure: no framework imports. A new kind gets a value here, an entry in the registry of
 * recycle-bin.service.ts and `admin.recycleBin.type.<value>` in every locale.
 */
export enum RecycleBinType {
  Member = 'member',
  ContactLog = 'contactLog',
  PresetNote = 'presetNote',
  ContactStatus = 'contactStatus',
  ContactMethod = 'contactMethod',
  Campaign = 'campaign',
  Offer = 'offer',
  Treatment = 'treatment',
  Equipment = 'equipment',
  Room = 'room',
  Role = 'role',
}

export const RECYCLE_BIN_TYPES: readonly RecycleBinType[] = Object.values(RecycleBinType);

const DAY_MS = 86_400_000;

/** When an entry deleted at `deletedAt` is purged with a retention of `retentionDays` days. */
export function purgeDueAt(deletedAt: Date, retentionDays: number): Date {
  return new Date(deletedAt.getTime() + retentionDays * DAY_MS);
}

/** Entries deleted before this instant are due for purging at `now`. */
export function purgeCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Whole days left until the automatic purge (0 once due), counted up: 1.2 days left shows 2. */
export function daysUntilPurge(deletedAt: Date, retentionDays: number, now: Date): number {
  return Math.max(0, Math.ceil((purgeDueAt(deletedAt, retentionDays).getTime() - now.getTime()) / DAY_MS));
}
