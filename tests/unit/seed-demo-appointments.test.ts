import {
  DEMO_CLOSED_DAY, DEMO_EQUIPMENT, DEMO_LEAVE, DEMO_OPENING_HOURS, DEMO_ROOMS, DEMO_TREATMENTS, DEMO_WEEKLY_HOURS,
} from '@/services/seed/demo-appointments.service';
import { buildDemoData } from '@/services/seed/demo-data';
import { equipmentSchema, roomSchema, scheduleDaysSchema, treatmentSchema } from '@/services/appointment-resources/resource-input.schema';
import { parseInput } from '@/services/validation/parse-input';

describe('demo appointment resources', () => {
  const data = buildDemoData();
  const staff = new Map(data.staff.map((s) => [s.code, s]));
  const branches = new Set(data.branches.map((b) => b.code));

  it('have the treatments of the booking screens', () => {
    const byCode = new Map(DEMO_TREATMENTS.map((t) => [t.code, t]));
    expect(byCode.get('T05')).toMatchObject({ name: 'Facial C', series: 'Facial', durationMinutes: 90, roomType: 'facial' });
    expect(byCode.get('AP03')).toMatchObject({ name: '深層面部護理', durationMinutes: 30, priceCents: 90_000 });
    expect(new Set(DEMO_TREATMENTS.map((t) => t.code)).size).toBe(DEMO_TREATMENTS.length);
    for (const t of DEMO_TREATMENTS) {
      expect(parseInput(treatmentSchema, t)).toEqual({ ...t, active: true });
      expect(t.priceCents).toBeGreaterThan(0);
      if (t.equipmentCode) expect(DEMO_EQUIPMENT.some((e) => e.code === t.equipmentCode)).toBe(true);
      if (t.roomType) expect(DEMO_ROOMS.some((r) => r.type === t.roomType)).toBe(true);
    }
  });

  it('have Equipment 01 (E01) at TST with one unit, and rooms unique per branch', () => {
    expect(DEMO_EQUIPMENT).toContainEqual({ branchCode: 'TST', code: 'E01', name: 'Equipment 01', count: 1 });
    for (const e of DEMO_EQUIPMENT) {
      expect(branches.has(e.branchCode)).toBe(true);
      expect(parseInput(equipmentSchema, e)).toMatchObject({ count: e.count });
    }
    expect(DEMO_ROOMS.filter((r) => r.branchCode === 'TST').map((r) => `${r.name}/${r.type}`)).toEqual(['Room 1/facial', 'Room 2/facial', 'Room 3/facial', 'Room 20/body']);
    expect(DEMO_ROOMS.filter((r) => r.branchCode === 'TKO').map((r) => r.name)).toEqual(['Room 1', 'Room 2', 'Room 3', 'Room 4']);
    const keys = DEMO_ROOMS.map((r) => `${r.branchCode}/${r.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of DEMO_ROOMS) expect(parseInput(roomSchema, r)).toMatchObject({ name: r.name });
  });

  it('open 09:00–22:00 and close on Christmas 2026', () => {
    expect(DEMO_OPENING_HOURS).toEqual({ opensAt: '09:00', closesAt: '22:00' });
    expect(DEMO_CLOSED_DAY.date).toBe('2026-12-25');
  });

  it('give Betty, Molly and Yuki Cheng their weekly hours as beauticians of their branches', () => {
    expect(DEMO_WEEKLY_HOURS.map((h) => `${h.staffCode} ${h.branchCode} ${h.weekdays.join('')} ${h.startTime}-${h.endTime}`)).toEqual([
      'Betty TST 123456 10:00-19:00', 'Molly TST 123456 12:00-21:00', 'IS001 TKO 12345 10:00-19:00',
    ]);
    for (const h of DEMO_WEEKLY_HOURS) {
      const person = staff.get(h.staffCode)!;
      expect(person.roles).toContain('beautician');
      expect(person.branchCode).toBe(h.branchCode);
      expect(parseInput(scheduleDaysSchema, h.weekdays.map((weekday) => ({ weekday, startTime: h.startTime, endTime: h.endTime })))).toHaveLength(h.weekdays.length);
    }
    expect(staff.get('IS001')!.displayName).toBe('Yuki Cheng');
  });

  it('give Molly a whole day of leave on a day she would work', () => {
    expect(DEMO_LEAVE).toEqual([{ staffCode: 'Molly', branchCode: 'TST', date: '2026-12-08', note: '年假' }]);
    const weekday = new Date(`${DEMO_LEAVE[0].date}T00:00:00Z`).getUTCDay();
    expect(DEMO_WEEKLY_HOURS.find((h) => h.staffCode === 'Molly')!.weekdays).toContain(weekday);
  });
});
