import { DEMO_CAMPAIGNS, buildDemoCampaignMembers } from '@/services/seed/demo-campaigns';
import { buildDemoData } from '@/services/seed/demo-data';

describe('demo campaigns', () => {
  const data = buildDemoData();
  const assignments = buildDemoCampaignMembers(data.members);

  it('are the campaigns of the requirements', () => {
    expect(DEMO_CAMPAIGNS.map((c) => `${c.code} ${c.name}`)).toEqual([
      'Maybirth 5月生日會員優惠', 'Junebirth 6月生日會員優惠', 'VIP VIP會員限時獎賞', 'Roadshow 流動車推廣計劃', 'julybirth 7月份生日優惠',
    ]);
  });

  it('put the contact list members in Junebirth with their salespeople', () => {
    expect(assignments.slice(0, 3)).toEqual([
      { campaignCode: 'Junebirth', memberNo: 'A001', salespersonCode: 'IS007' },
      { campaignCode: 'Junebirth', memberNo: 'A002', salespersonCode: 'IS007' },
      { campaignCode: 'Junebirth', memberNo: 'A003', salespersonCode: 'IS003' },
    ]);
  });

  it('are deterministic, unique per campaign, and refer to existing members and staff of the right branch', () => {
    expect(buildDemoCampaignMembers(buildDemoData().members)).toEqual(assignments);
    const keys = assignments.map((a) => `${a.campaignCode}/${a.memberNo}`);
    expect(new Set(keys).size).toBe(keys.length);
    const members = new Map(data.members.map((m) => [m.memberNo, m]));
    const staff = new Map(data.staff.map((s) => [s.code, s]));
    for (const a of assignments) {
      const member = members.get(a.memberNo)!;
      expect(member.groupCode).not.toBe('DELETED');
      expect(staff.get(a.salespersonCode)!.branchCode).toBe(member.branchCode);
    }
    for (const c of DEMO_CAMPAIGNS) expect(assignments.some((a) => a.campaignCode === c.code)).toBe(true);
    for (const a of assignments.filter((x) => x.campaignCode === 'Maybirth')) expect(members.get(a.memberNo)!.birthday!.slice(5, 7)).toBe('05');
  });
});
