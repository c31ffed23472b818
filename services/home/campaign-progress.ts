/**
 * How far a campaign has got with the contact members the viewer may see: how many there are,
 * how many were contacted at least once, how many have a booking (not cancelled) and how many of
 * those bookings arrived (arrived or completed). Each later count is part of the one before.
 */
export type CampaignProgressCounts = { members: number; contacted: number; booked: number; arrived: number };

export const NO_PROGRESS: CampaignProgressCounts = { members: 0, contacted: 0, booked: 0, arrived: 0 };

export type RawCampaignProgress = { campaignId: number | string } & Record<keyof CampaignProgressCounts, number | string | null>;

/** Each campaign's counts by id; campaigns without a row have no visible members. */
export function progressByCampaign(raw: readonly RawCampaignProgress[]): Map<number, CampaignProgressCounts> {
  const n = (value: number | string | null) => Number(value ?? 0);
  return new Map(raw.map((r) => [Number(r.campaignId), { members: n(r.members), contacted: n(r.contacted), booked: n(r.booked), arrived: n(r.arrived) }]));
}

/** A part of a whole as a whole percentage for a progress bar: 0 for an empty whole, never above 100. */
export function progressPercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(100, Math.floor((part / whole) * 100));
}
