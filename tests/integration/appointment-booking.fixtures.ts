/**
 * A bookable world for the booking tests: a branch open every day 09:00–22:00 (Hong Kong), its
 * beauticians working all those hours, rooms, equipment and treatments; plus GraphQL helpers.
 */
import type { DataSource } from 'typeorm';
import { BranchHours, Equipment, Room, Treatment, WorkSchedule, type Branch, type Staff } from '../../entities';
import { gql, sessionCookieFor } from '../helpers/graphql-client';

export type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

const cookies = new Map<number, string>();

export async function call(staff: Staff, query: string, variables: Record<string, unknown> = {}, locale = 'en'): Promise<Result> {
  if (!cookies.has(staff.id)) cookies.set(staff.id, await sessionCookieFor(staff));
  return (await gql(query, variables, { cookie: cookies.get(staff.id), locale })).body;
}

export async function ok(staff: Staff, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = await call(staff, query, variables);
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data!;
}

export function errorOf(body: Result): { code: string; field?: string; message: string } {
  expect(body.errors).toHaveLength(1);
  return { code: body.errors![0].extensions?.code, field: body.errors![0].extensions?.field, message: body.errors![0].message };
}

/** Opens the branch 09:00–22:00 every day. */
export async function openEveryDay(ds: DataSource, branch: Branch): Promise<void> {
  await ds.getRepository(BranchHours).save([0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ branchId: branch.id, weekday, opensAt: '09:00', closesAt: '22:00' })));
}

/** The beautician works at the branch 09:00–22:00 every day. */
export async function worksEveryDay(ds: DataSource, staff: Staff, branch: Branch): Promise<void> {
  await ds
    .getRepository(WorkSchedule)
    .save([0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ staffId: staff.id, branchId: branch.id, weekday, startTime: '09:00', endTime: '22:00' })));
}

export async function aRoom(ds: DataSource, branch: Branch, name: string, type = 'facial'): Promise<Room> {
  return ds.getRepository(Room).save({ branchId: branch.id, name, type, active: true });
}

export async function anEquipment(ds: DataSource, branch: Branch, code: string, count = 1): Promise<Equipment> {
  return ds.getRepository(Equipment).save({ branchId: branch.id, code, name: `Equipment ${code}`, count, active: true });
}

export async function aTreatment(ds: DataSource, overrides: Partial<Treatment> & { code: string }): Promise<Treatment> {
  return ds.getRepository(Treatment).save({ name: `Treatment ${overrides.code}`, durationMinutes: 60, bufferMinutes: 0, priceCents: 0, active: true, ...overrides });
}

/** 10:00 Hong Kong time, `days` days from now (always in the future, inside opening hours). */
export function hkAt(days: number, hh = 10, mm = 0): Date {
  const hkNow = new Date(Date.now() + 8 * 3_600_000);
  const day = Date.UTC(hkNow.getUTCFullYear(), hkNow.getUTCMonth(), hkNow.getUTCDate() + days, hh, mm);
  return new Date(day - 8 * 3_600_000);
}

export const APPOINTMENT_FIELDS = `id startsAt endsAt status version note offerCode analysisCode
  member { id } branch { id } beautician { id } room { id } equipment { id } treatment { id } contactMember { id }
  createdBy { id } updatedBy { id } closedBy { id } closedAt`;

export const BOOK = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { ${APPOINTMENT_FIELDS} } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { ${APPOINTMENT_FIELDS} } }`;
export const CANCEL = `mutation ($id: ID!) { cancelAppointment(id: $id) { ${APPOINTMENT_FIELDS} } }`;
