import { progressByCampaign, progressPercent } from '../../services/home/campaign-progress';

describe('a campaign\'s progress', () => {
  it('joins the members\' and the bookings\' reads, as numbers, a SUM over nothing as 0', () => {
    expect(progressByCampaign(
      [{ campaignId: '5', members: '72', contacted: '71' }, { campaignId: 6, members: 3, contacted: 0 }],
      [{ campaignId: 5, booked: '2', arrived: null }],
    )).toEqual(new Map([
      [5, { members: 72, contacted: 71, booked: 2, arrived: 0 }],
      [6, { members: 3, contacted: 0, booked: 0, arrived: 0 }],
    ]));
  });

  it('shows a part as a whole percentage, rounded down so 71 of 72 is not yet 100', () => {
    expect(progressPercent(71, 72)).toBe(98);
    expect(progressPercent(72, 72)).toBe(100);
    expect(progressPercent(1, 3)).toBe(33);
  });

  it('is 0 of nothing and never above 100', () => {
    expect(progressPercent(0, 0)).toBe(0);
    expect(progressPercent(3, 0)).toBe(0);
    expect(progressPercent(5, 4)).toBe(100);
  });
});
