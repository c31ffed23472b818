/**
 * Demo resources behind appointments, from the booking screens of seed 000: the treatments
 * (Facial C (T05), 90 minutes, in a facial room; 深層面部護理 (AP03), 30 minutes), Equipment 01
 * (E01) at TST, rooms per branch, opening hours 09:00–22:00 every day, Christmas closed, and the
 * weekly hours of Betty and Molly at TST and Yuki Cheng at TKO with one leave day for Molly.
 * Deterministic: fixed lists, no clock.
 */
import type { EntityManager } from 'typeorm';
import {
  Appointment, Branch, BranchClosedDay, BranchHours, Campaign, CampaignMember, Equipment, Member, Room, ScheduleException, Staff, Treatment, WorkSchedule,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { ScheduleExceptionKind } from '../../entities/schedule-exception.entity';

export interface DemoTreatment {
  code: string;
  name: string;
  series: string | null;
  durationMinutes: number;
  bufferMinutes: number;
  priceCents: number;
  equipmentCode: string | null;
  roomType: string | null;
}
export interface DemoEquipment { branchCode: string; code: string; name: string; count: number }
export interface DemoRoom { branchCode: string; name: string; type: string }
export interface DemoWeeklyHours { staffCode: string; branchCode: string; weekdays: number[]; startTime: string; endTime: string }
export interface DemoLeave { staffCode: string; branchCode: string; date: string; note: string }

export const DEMO_TREATMENTS: readonly DemoTreatment[] = [
  { code: 'AP03', name: '深層面部護理', series: 'Facial', durationMinutes: 30, bufferMinutes: 0, priceCents: 90_000, equipmentCode: null, roomType: 'facial' },
  { code: 'B01', name: '全身按摩', series: 'Body', durationMinutes: 60, bufferMinutes: 15, priceCents: 68_000, equipmentCode: null, roomType: 'body' },
  { code: 'E01T', name: 'Equipment 01 緊緻療程', series: 'Equipment', durationMinutes: 45, bufferMinutes: 15, priceCents: 120_000, equipmentCode: 'E01', roomType: 'facial' },
  { code: 'T01', name: 'Facial A', series: 'Facial', durationMinutes: 60, bufferMinutes: 10, priceCents: 58_000, equipmentCode: null, roomType: 'facial' },
  { code: 'T05', name: 'Facial C', series: 'Facial', durationMinutes: 90, bufferMinutes: 0, priceCents: 98_000, equipmentCode: null, roomType: 'facial' },
];

export const DEMO_EQUIPMENT: readonly DemoEquipment[] = [
  { branchCode: 'TST', code: 'E01', name: 'Equipment 01', count: 1 },
  { branchCode: 'TKO', code: 'E02', name: 'Equipment 02', count: 2 },
];

export const DEMO_ROOMS: readonly DemoRoom[] = [
  { branchCode: 'TST', name: 'Room 1', type: 'facial' },
  { branchCode: 'TST', name: 'Room 2', type: 'facial' },
  { branchCode: 'TST', name: 'Room 3', type: 'facial' },
  { branchCode: 'TST', name: 'Room 20', type: 'body' },
  { branchCode: 'TKO', name: 'Room 1', type: 'facial' },
  { branchCode: 'TKO', name: 'Room 2', type: 'facial' },
  { branchCode: 'TKO', name: 'Room 3', type: 'facial' },
  { branchCode: 'TKO', name: 'Room 4', type: 'body' },
];

/** Every branch opens 09:00–22:00 on all seven days (the booking screen's 全日 window). */
export const DEMO_OPENING_HOURS = { opensAt: '09:00', closesAt: '22:00' } as const;
export const DEMO_CLOSED_DAY = { date: '2026-12-25', reason: '聖誕節' } as const;

const MON_SAT = [1, 2, 3, 4, 5, 6];
const MON_FRI = [1, 2, 3, 4, 5];

export const DEMO_WEEKLY_HOURS: readonly DemoWeeklyHours[] = [
  { staffCode: 'Betty', branchCode: 'TST', weekdays: MON_SAT, startTime: '10:00', endTime: '19:00' },
  { staffCode: 'Molly', branchCode: 'TST', weekdays: MON_SAT, startTime: '12:00', endTime: '21:00' },
  { staffCode: 'IS001', branchCode: 'TKO', weekdays: MON_FRI, startTime: '10:00', endTime: '19:00' },
];

/** Molly's whole-day annual leave on a Tuesday. */
export const DEMO_LEAVE: readonly DemoLeave[] = [
  { staffCode: 'Molly', branchCode: 'TST', date: '2026-12-08', note: '年假' },
];

function need(map: Map<string, number>, key: string, what: string): number {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo appointments refer to unknown ${what} "${key}"`);
  return value;
}

/** Writes the demo treatments, equipment, rooms, hours, closed day and schedules; runs inside the demo seed's transaction, after the staff. */
export async function seedDemoAppointments(m: EntityManager): Promise<void> {
  const createdAt = new Date('2019-01-04T01:00:00Z');
  const branches = await m.find(Branch, { order: { id: 'ASC' } });
  const branchId = new Map(branches.map((b) => [b.code, b.id]));
  const staffId = new Map((await m.find(Staff)).map((s) => [s.code, s.id]));

  await m.insert(Treatment, DEMO_TREATMENTS.map((t) => ({ ...t, active: true, createdAt, updatedAt: createdAt })));
  await m.insert(Equipment, DEMO_EQUIPMENT.map(({ branchCode, ...e }) => ({ ...e, branchId: need(branchId, branchCode, 'branch'), active: true })));
  await m.insert(Room, DEMO_ROOMS.map(({ branchCode, ...r }) => ({ ...r, branchId: need(branchId, branchCode, 'branch'), active: true })));
  await m.insert(BranchHours, branches.flatMap((b) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ branchId: b.id, weekday, ...DEMO_OPENING_HOURS }))));
  await m.insert(BranchClosedDay, branches.map((b) => ({ branchId: b.id, ...DEMO_CLOSED_DAY })));
  await m.insert(WorkSchedule, DEMO_WEEKLY_HOURS.flatMap((h) => h.weekdays.map((weekday) => ({
    staffId: need(staffId, h.staffCode, 'staff'), branchId: need(branchId, h.branchCode, 'branch'), weekday, startTime: h.startTime, endTime: h.endTime,
  }))));
  await m.insert(ScheduleException, DEMO_LEAVE.map((l) => ({
    staffId: need(staffId, l.staffCode, 'staff'), branchId: need(branchId, l.branchCode, 'branch'), date: l.date,
    kind: ScheduleExceptionKind.LEAVE, startTime: null, endTime: null, note: l.note,
  })));
}

/**
 * The visit the completion board of seed 000 shows: A003 陳大文, booked by Candy Chan from the
 * Junebirth contact on 4 May 2020 (offer AP, analysis K11), 深層面部護理 (AP03) with Yuki Cheng at
 * TKO on 5 May 2020 at 15:30, arrived, verified and completed. Linked to its contact member as a
 * booking from the contact page is, so the contact list and the reports' outcome columns show it.
 */
export async function seedDemoBookedVisit(m: EntityManager): Promise<void> {
  const branch = await m.findOneByOrFail(Branch, { code: 'TKO' });
  const staff = new Map((await m.find(Staff)).map((s) => [s.code, s.id]));
  const treatment = await m.findOneByOrFail(Treatment, { code: 'AP03' });
  const member = await m.findOneByOrFail(Member, { memberNo: 'A003' });
  const campaign = await m.findOneByOrFail(Campaign, { code: 'Junebirth' });
  const contact = await m.findOneByOrFail(CampaignMember, { campaignId: campaign.id, memberId: member.id });
  const bookedAt = new Date('2020-05-04T11:32:00Z');
  const startsAt = new Date('2020-05-05T07:30:00Z');
  const endsAt = new Date(startsAt.getTime() + treatment.durationMinutes * 60_000);
  const arrivedAt = new Date('2020-05-05T07:24:00Z');
  const frontDesk = need(staff, 'HKB2B', 'staff');
  const result = await m.insert(Appointment, {
    memberId: member.id, branchId: branch.id, beauticianId: need(staff, 'IS001', 'staff'), roomId: null, equipmentId: null, treatmentId: treatment.id,
    startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + treatment.bufferMinutes * 60_000), status: AppointmentStatus.COMPLETED,
    offerCode: 'AP', analysisCode: 'K11', campaignMemberId: contact.id, note: 'K11',
    arrivedAt, arrivedById: frontDesk, verifiedAt: arrivedAt, verifiedById: frontDesk,
    completedAt: new Date('2020-05-05T08:45:00Z'), completedById: frontDesk,
    createdById: need(staff, 'IS003', 'staff'), updatedById: frontDesk, createdAt: bookedAt, updatedAt: arrivedAt,
  });
  await m.update(CampaignMember, { id: contact.id }, {
    appointmentId: Number(result.identifiers[0].id), bookedAt, attendanceVerifiedAt: arrivedAt, attendanceVerifiedById: frontDesk, updatedAt: arrivedAt,
  });
}
