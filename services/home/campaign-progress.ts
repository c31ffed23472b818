/**
 * How far a campaign has got with the contact members the viewer may see: how many there are,
 * how many were contacted at least once, how many have a booking (not cancelled) and how many of
 * those bookings arrived (arrived or completed). Each later count is part of the one before.
 */
export type CampaignProgressCounts = { members: number; contacted: number; booked: number; arrived: number };

export const NO_PROGRESS: CampaignProgressCounts = { members: 0, contacted: 0, booked: 0, arrived: 0 };

type Raw = number | string | null;

/** Members and contacted per campaign, as the database groups them (numbers or numeric strings). */
export type RawReach = { campaignId: number | string; members: Raw; contacted: Raw };

/** Booked and arrived per campaign, from its booked contact members only (a SUM over nothing is null). */
export type RawBookings = { campaignId: number | string; booked: Raw; arrived: Raw };

/**
 * Each campaign's counts by id, from the two grouped reads: every member's row (an index of
 * campaign, hidden and last contact answers them alone) and the booked rows (their own index).
 * Campaigns without a row have no visible members.
 */
export function progressByCampaign(reach: readonly RawReach[], bookings: readonly RawBookings[]): Map<number, CampaignProgressCounts> {
  const n = (value: Raw) => Number(value ?? 0);
  const out = new Map<number, CampaignProgressCounts>();
  for (const r of reach) out.set(Number(r.campaignId), { ...NO_PROGRESS, members: n(r.members), contacted: n(r.contacted) });
  for (const b of bookings) {
    const found = out.get(Number(b.campaignId));
    if (found) Object.assign(found, { booked: n(b.booked), arrived: n(b.arrived) });
  }
  return out;
}

/** A part of a whole as a whole percentage for a progress bar: 0 for an empty whole, never above 100. */
export function progressPercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  return Math.min(100, Math.floor((part / whole) * 100));
}
