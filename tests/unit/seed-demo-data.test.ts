import {
  DEMO_MANAGER_LOGIN, DEMO_PASSWORD, DEMO_SALESPERSON_LOGIN, buildDemoData,
} from '@/services/seed/demo-data';
import { levelForSpend } from '@/services/member-levels/level-rules';
import { formatMemberNumber } from '@/services/numbering/member-number';

describe('demo data', () => {
  const data = buildDemoData();

  it('exports the sign-in constants', () => {
    expect(DEMO_PASSWORD).toBe('demo1234');
    expect(DEMO_MANAGER_LOGIN).toBe('beauty');
    expect(DEMO_SALESPERSON_LOGIN).toBe('is007');
  });

  it('is identical on every call and uses neither Math.random nor the clock', () => {
    const random = jest.spyOn(Math, 'random');
    const now = jest.spyOn(Date, 'now');
    expect(buildDemoData()).toEqual(data);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    random.mockRestore();
    now.mockRestore();
  });

  it('has the branches, groups and member groups of the requirements', () => {
    expect(data.branches.map((b) => b.code)).toEqual(['TKO', 'TST', 'Wanchai', 'Central', 'CWB', 'MK']);
    expect(data.branches.every((b) => b.timeZone === 'Asia/Hong_Kong' && b.currency === 'HKD')).toBe(true);
    expect(data.salesGroups).toEqual(['Sales', 'Sales Manager', 'Sales Trainee']);
    expect(data.memberGroups.map((g) => g.name)).toEqual(
      ['New', 'Trial', 'non member', 'VIP Silver', 'VIP Gold', 'VIP Platinum', 'Deleted'],
    );
    expect(data.memberGroups.filter((g) => g.isDeletedGroup).map((g) => g.name)).toEqual(['Deleted']);
  });

  it('has the staff of the requirements with lowercase unique logins', () => {
    const byCode = new Map(data.staff.map((s) => [s.code, s]));
    expect(byCode.get('HKB2B')).toMatchObject({
      displayName: 'HKB2B Support', login: 'beauty', branchCode: 'TKO', salesGroupName: 'Sales Manager', roles: ['admin', 'manager'],
    });
    const tkoSales = data.staff.filter((s) => s.branchCode === 'TKO' && s.roles.includes('salesperson'));
    expect(tkoSales.map((s) => `${s.displayName} (${s.code})`).sort()).toEqual([
      'Apple Yu (IS007)', 'Candy Chan (IS003)', 'Holiday Tse (IS005)', 'Mary Lee (IS002)', 'Yuki Cheng (IS001)',
    ]);
    expect(byCode.get('IS001')!.roles).toContain('beautician');
    expect(byCode.get('IS002')!.roles).toContain('manager');
    expect(data.staff.filter((s) => s.roles.includes('beautician') && s.branchCode === 'TST').map((s) => s.login))
      .toEqual(['betty', 'molly']);
    expect(data.staff.some((s) => s.roles.includes('front_desk'))).toBe(true);
    for (const code of ['S007', 'S004', 'S002', 'MK001']) expect(byCode.has(code)).toBe(true);
    const logins = data.staff.map((s) => s.login);
    expect(new Set(logins).size).toBe(logins.length);
    expect(logins.every((l) => l === l.toLowerCase())).toBe(true);
    expect(data.staff.every((s) => s.password === DEMO_PASSWORD)).toBe(true);
    const branches = new Set(data.branches.map((b) => b.code));
    expect(data.staff.every((s) => branches.has(s.branchCode))).toBe(true);
    expect(data.staff.every((s) => s.salesGroupName === null || data.salesGroups.includes(s.salesGroupName))).toBe(true);
  });

  it('has the named members of the requirements', () => {
    const byNo = new Map(data.members.map((m) => [m.memberNo, m]));
    expect(byNo.get('A001')).toMatchObject({ lastName: '陳', firstName: '小麗', gender: 'F', phone: '11223344', groupCode: 'TRIAL', branchCode: 'TKO' });
    expect(byNo.get('A002')).toMatchObject({ lastName: '黃', firstName: '美君', gender: 'F', phone: '22446688', groupCode: 'TRIAL' });
    expect(byNo.get('A003')).toMatchObject({ lastName: '陳', firstName: '大文', gender: 'M', phone: '11335577', groupCode: 'TRIAL' });
    expect(byNo.get('WeM-00004')).toMatchObject({
      lastName: 'Chan', firstName: 'Susan', gender: 'F', phone: '23456789', phone2: '91234567', branchCode: 'Wanchai',
    });
  });

  it('generates ~300 more members with unique numbers and valid references', () => {
    expect(data.members.length).toBe(304);
    const numbers = data.members.map((m) => m.memberNo);
    expect(new Set(numbers).size).toBe(numbers.length);
    const staffByCode = new Map(data.staff.map((s) => [s.code, s]));
    const groups = new Set(data.memberGroups.map((g) => g.code));
    for (const m of data.members) {
      expect(groups.has(m.groupCode)).toBe(true);
      if (m.consultantCode) {
        const consultant = staffByCode.get(m.consultantCode)!;
        expect(consultant.branchCode).toBe(m.branchCode);
        expect(consultant.roles).toContain('salesperson');
      }
    }
    const generated = data.members.slice(4);
    expect(generated.every((m) => /^[569]\d{7}$/.test(m.phone!))).toBe(true);
    expect(new Set(generated.map((m) => m.branchCode)).size).toBe(6);
    expect(generated.some((m) => m.groupCode === 'DELETED')).toBe(true);
    expect(generated.some((m) => m.consultantCode)).toBe(true);
  });

  it('numbers new members after the demo members, per branch, and walk-ins with K', () => {
    const taken = new Set(data.members.map((m) => m.memberNo));
    const byBranch = new Map(data.numberSequences.map((q) => [q.branchCode, q]));
    expect(byBranch.get('TKO')).toMatchObject({ prefix: 'A', digits: 3 });
    expect(byBranch.get('Wanchai')).toMatchObject({ prefix: 'WeM-', digits: 5 });
    expect(byBranch.get(null)).toMatchObject({ prefix: 'K', digits: 6, nextValue: 1 });
    expect([...byBranch.keys()].filter(Boolean).sort()).toEqual(data.branches.map((b) => b.code).sort());
    expect(formatMemberNumber(byBranch.get('TKO')!, byBranch.get('TKO')!.nextValue)).toBe('A305');
    expect(formatMemberNumber(byBranch.get('Wanchai')!, byBranch.get('Wanchai')!.nextValue)).toBe('WeM-00005');
    for (const q of data.numberSequences) {
      const last = formatMemberNumber(q, q.nextValue - 1);
      expect(taken.has(formatMemberNumber(q, q.nextValue))).toBe(false);
      if (q.nextValue > 1) expect(taken.has(last)).toBe(true);
    }
  });

  it('has the interest groups, a skin type field and level rules for the VIP groups', () => {
    expect(data.interestGroups.map((g) => g.name)).toEqual(['Interest Group1', 'Interest Group2', 'Interest Group3']);
    expect(data.customFields).toEqual([expect.objectContaining({ key: 'skinType', type: 'select', options: ['乾性', '油性', '混合', '敏感'] })]);
    const vip = data.memberGroups.filter((g) => g.code.startsWith('VIP'));
    expect(vip.map((g) => [g.code, g.discountPercent, g.upgradeSpendCents])).toEqual([
      ['VIPS', 5, 500_000], ['VIPG', 10, 2_000_000], ['VIPP', 15, 5_000_000],
    ]);
    expect(levelForSpend(data.memberGroups.map((g, i) => ({
      id: i, sortOrder: g.sortOrder, isDeletedGroup: g.isDeletedGroup, upgradeSpendCents: g.upgradeSpendCents ?? null, upgradeWithinMonths: g.upgradeWithinMonths ?? 12,
    })), 2_500_000)?.sortOrder).toBe(5);
  });
});
