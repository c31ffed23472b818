import {
  DEMO_CAMPAIGNS, DEMO_CONTACT_LOGS, MAYBIRTH_MEMBERS, MAYBIRTH_STANDING, buildDemoCampaignMembers, buildDemoContactLogs, type DemoContactLog,
} from '@/services/seed/demo-campaigns.service';
import { buildDemoData } from '@/services/seed/demo-data';

describe('demo campaigns', () => {
  const data = buildDemoData();
  const assignments = buildDemoCampaignMembers(data.members);

  it('are the campaigns of the requirements', () => {
    expect(DEMO_CAMPAIGNS.map((c) => `${c.code} ${c.name}`)).toEqual([
      'Maybirth 5月生日會員優惠', 'Junebirth 6月生日會員優惠', 'VIP VIP會員限時獎賞', 'Roadshow 流動車推廣計劃', 'julybirth 7月份生日優惠',
    ]);
  });

  it('put exactly the contact list members in Junebirth with their salespeople', () => {
    expect(assignments.filter((a) => a.campaignCode === 'Junebirth')).toEqual([
      { campaignCode: 'Junebirth', memberNo: 'A001', salespersonCode: 'IS007' },
      { campaignCode: 'Junebirth', memberNo: 'A002', salespersonCode: 'IS007' },
      { campaignCode: 'Junebirth', memberNo: 'A003', salespersonCode: 'IS003' },
    ]);
  });

  it('fill Maybirth with 72 live TKO members, every May birthday first, dealt in turn over the TKO salespeople', () => {
    const may = assignments.filter((a) => a.campaignCode === 'Maybirth');
    expect(may).toHaveLength(MAYBIRTH_MEMBERS);
    const members = new Map(data.members.map((m) => [m.memberNo, m]));
    const bornInMay = data.members.filter((m) => m.branchCode === 'TKO' && m.groupCode !== 'DELETED' && !/^A00[1-4]$/.test(m.memberNo) && m.birthday?.slice(5, 7) === '05');
    expect(bornInMay.length).toBeGreaterThan(0);
    expect(may.slice(0, bornInMay.length).map((a) => a.memberNo)).toEqual(bornInMay.map((m) => m.memberNo));
    for (const a of may) {
      expect(a.memberNo).not.toMatch(/^A00[1-4]$/);
      expect(members.get(a.memberNo)).toMatchObject({ branchCode: 'TKO' });
    }
    expect(may.map((a) => a.salespersonCode).slice(0, 8)).toEqual(['IS007', 'IS003', 'IS005', 'IS002', 'IS007', 'IS003', 'IS005', 'IS002']);
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
  });
});

describe('demo contact logs', () => {
  const assignments = buildDemoCampaignMembers(buildDemoData().members);
  const logs = buildDemoContactLogs(assignments);
  const maybirth = logs.filter((l) => l.campaignCode === 'Maybirth');
  /** The log each contact member's state is copied from, as refreshLatestLog picks it (latest contact; ties by later id). */
  const latest = new Map<string, DemoContactLog>();
  for (const l of logs.map((log, i) => ({ log, i })).sort((a, b) => Date.parse(a.log.contactedAt) - Date.parse(b.log.contactedAt) || a.i - b.i)) {
    latest.set(`${l.log.campaignCode}/${l.log.memberNo}`, l.log);
  }
  const hkDay = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

  it('keep the two contacts the screens show', () => {
    expect(logs.slice(0, DEMO_CONTACT_LOGS.length)).toEqual(DEMO_CONTACT_LOGS);
    expect(latest.get('Junebirth/A003')).toMatchObject({ statusKey: 'booked', authorCode: 'IS003', contactedAt: '2020-05-04T11:32:00Z' });
    expect([...latest.keys()].filter((k) => k.startsWith('Junebirth/'))).toEqual(['Junebirth/A003']);
  });

  it('leave Maybirth\'s members where the seed\'s report counts them: 52 no answer, 19 left a message, 1 not notified', () => {
    const members = assignments.filter((a) => a.campaignCode === 'Maybirth');
    const standing = members.map((a) => latest.get(`Maybirth/${a.memberNo}`)?.statusKey ?? 'not_notified');
    const counts = Object.fromEntries(MAYBIRTH_STANDING.map(([status]) => [status, standing.filter((s) => s === status).length]));
    expect(counts).toEqual({ no_answer: 52, left_message: 19, not_notified: 1 });
  });

  it('are written by the responsible salesperson on several days of May 2020, in Hong Kong office hours, mostly by phone', () => {
    const owner = new Map(assignments.map((a) => [`${a.campaignCode}/${a.memberNo}`, a.salespersonCode]));
    for (const l of maybirth) {
      expect(l.authorCode).toBe(owner.get(`Maybirth/${l.memberNo}`));
      expect(hkDay(l.contactedAt)).toMatch(/^2020-05-(0[4-9]|1[0-5])$/);
      const hour = (new Date(l.contactedAt).getUTCHours() + 8) % 24;
      expect(hour).toBeGreaterThanOrEqual(10);
      expect(hour).toBeLessThan(19);
    }
    expect(new Set(maybirth.map((l) => hkDay(l.contactedAt))).size).toBeGreaterThanOrEqual(5);
    const sms = maybirth.filter((l) => l.methodKey === 'sms').length;
    expect(sms).toBeGreaterThan(0);
    expect(maybirth.filter((l) => l.methodKey === 'phone').length).toBeGreaterThan(sms * 3);
  });

  it('set follow-ups: most followed by a later contact, a few left open (overdue), none open for Apple Yu', () => {
    const withFollowUp = maybirth.filter((l) => l.nextFollowUpAt);
    const open = [...latest.values()].filter((l) => l.nextFollowUpAt);
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.length).toBeLessThanOrEqual(5);
    expect(withFollowUp.length).toBeGreaterThan(open.length);
    for (const l of withFollowUp) expect(Date.parse(l.nextFollowUpAt!)).toBeGreaterThan(Date.parse(l.contactedAt));
    for (const l of open) {
      expect(l.authorCode).not.toBe('IS007');
      expect(Date.parse(l.nextFollowUpAt!)).toBeLessThan(Date.parse('2020-06-01T00:00:00+08:00'));
    }
  });

  it('are the same on every build', () => {
    expect(buildDemoContactLogs(buildDemoCampaignMembers(buildDemoData().members))).toEqual(logs);
  });
});
