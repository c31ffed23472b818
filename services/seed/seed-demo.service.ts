/**
 * Writes the demo data set (demo-data.ts) into a database of either dialect, and wipes a
 * database for `db:seed --reset`.
 */
import { MemberReach } from '../visibility/member-visibility';
import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { Branch, CustomField, InterestGroup, Member, MemberGroup, MemberNumberSequence, SalesGroup, Staff } from '../../entities';
import type { CustomFieldType } from '../../entities/custom-field.entity';
import { StaffRole } from '../staff/staff-role';
import type { Gender } from '../members/gender';
import { hashPassword } from '../auth/password';
import { birthMonthOf, memberSearchKeys } from '../members/member-search-keys';
import { branchScope, WALK_IN_SCOPE } from '../numbering/member-number';
import { seedDemoAppointments, seedDemoBookedVisit } from './demo-appointments.service';
import { seedDemoVisitPurchase } from './demo-visit-purchase.service';
import { seedDemoCampaigns } from './demo-campaigns.service';
import { seedDemoOfferConditions } from './demo-offers.service';
import { seedDemoCoupons } from './demo-coupons.service';
import { seedDemoGifts } from './demo-gifts.service';
import { seedDemoCatalogue, seedDemoSales } from './demo-sales.service';
import { seedDemoEarning } from './demo-earning.service';
import { seedDemoPrepaid } from './demo-prepaid.service';
import { DEMO_MARKER_BRANCH, buildDemoData, type DemoData } from './demo-data';
import { isMysql, isSqlite } from '../../db/dialect';

export interface SeedResult {
  /** False when the demo data was already there and nothing was written. */
  seeded: boolean;
  counts: { branches: number; salesGroups: number; memberGroups: number; staff: number; members: number };
}

const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);

/** True when the demo data set is present (its marker branch exists). */
export async function hasDemoData(db: DataSource | EntityManager): Promise<boolean> {
  const manager = 'manager' in db ? db.manager : db;
  return manager.existsBy(Branch, { code: DEMO_MARKER_BRANCH });
}

/** True when the database holds no branches and no staff: nothing anyone entered. */
export async function isDatabaseEmpty(db: DataSource | EntityManager): Promise<boolean> {
  const manager = 'manager' in db ? db.manager : db;
  return !(await manager.exists(Branch)) && !(await manager.exists(Staff));
}

/**
 * Tables of every entity, children before parents, so deleting in this order never violates a
 * foreign key (self-references and cycles are left to the deferred/disabled checks below).
 */
export function tablesChildFirst(ds: DataSource): string[] {
  const metas = ds.entityMetadatas.filter((m) => m.tableType !== 'view' && m.tableType !== 'entity-child');
  const remaining = new Set<EntityMetadata>(metas);
  const order: string[] = [];
  while (remaining.size) {
    const referenced = new Set<EntityMetadata>();
    for (const m of remaining) {
      for (const fk of m.foreignKeys) {
        if (fk.referencedEntityMetadata !== m) referenced.add(fk.referencedEntityMetadata);
      }
    }
    let leaves = [...remaining].filter((m) => !referenced.has(m));
    if (!leaves.length) leaves = [...remaining]; // a cycle: checks are off anyway
    for (const m of leaves.sort((a, b) => a.tablePath.localeCompare(b.tablePath))) {
      order.push(m.tablePath);
      remaining.delete(m);
    }
  }
  return [...new Set(order)];
}

/**
 * Deletes every row of every entity table and restarts their id counters. On MySQL/MariaDB this
 * uses TRUNCATE (DDL: it commits on its own, so call it outside a transaction); on SQLite it runs
 * inside `manager`'s transaction with foreign keys checked only at commit.
 */
export async function wipeAllData(ds: DataSource, manager?: EntityManager): Promise<string[]> {
  const tables = tablesChildFirst(ds);
  if (isMysql(ds)) {
    const qr = ds.createQueryRunner();
    try {
      await qr.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const t of tables) await qr.query(`TRUNCATE TABLE ${ds.driver.escape(t)}`);
    } finally {
      await qr.query('SET FOREIGN_KEY_CHECKS = 1').catch(() => undefined);
      await qr.release();
    }
    return tables;
  }
  const run = async (m: EntityManager) => {
    await m.query('PRAGMA defer_foreign_keys = ON');
    for (const t of tables) await m.query(`DELETE FROM ${ds.driver.escape(t)}`);
    const hasSequence = await m.query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`);
    if (hasSequence.length) {
      await m.query(`DELETE FROM sqlite_sequence WHERE name IN (${tables.map(() => '?').join(', ')})`, tables);
    }
  };
  if (manager) await run(manager);
  else await ds.transaction(run);
  return tables;
}

/** Inserts the demo data in one transaction, unless it is already there. */
export async function seedDemoData(
  ds: DataSource,
  options: { reset?: boolean; data?: DemoData } = {},
): Promise<SeedResult> {
  const data = options.data ?? buildDemoData();
  const counts = {
    branches: data.branches.length,
    salesGroups: data.salesGroups.length,
    memberGroups: data.memberGroups.length,
    staff: data.staff.length,
    members: data.members.length,
  };
  const sqlite = isSqlite(ds);
  if (options.reset && !sqlite) await wipeAllData(ds);

  // bcrypt is deliberately slow: hash each distinct password once, outside the transaction.
  const hashes = new Map<string, string>();
  for (const s of data.staff) {
    if (!hashes.has(s.password)) hashes.set(s.password, await hashPassword(s.password));
  }

  const seeded = await ds.transaction(async (m) => {
    if (options.reset && sqlite) await wipeAllData(ds, m);
    if (await hasDemoData(m)) return false;

    await m.insert(Branch, data.branches.map((b) => ({
      ...b, createdAt: utc('2019-01-01 01:00:00'), updatedAt: utc('2019-01-01 01:00:00'),
    })));
    await m.insert(SalesGroup, data.salesGroups.map((name) => ({ name })));
    await m.insert(MemberGroup, data.memberGroups);

    const branchId = new Map((await m.find(Branch)).map((b) => [b.code, b.id]));
    const salesGroupId = new Map((await m.find(SalesGroup)).map((g) => [g.name, g.id]));
    const groupId = new Map((await m.find(MemberGroup)).map((g) => [g.code, g.id]));
    const need = <K, V>(map: Map<K, V>, key: K, what: string): V => {
      const value = map.get(key);
      if (value === undefined) throw new Error(`Demo data refers to unknown ${what} "${String(key)}"`);
      return value;
    };

    await m.insert(Staff, data.staff.map((s) => ({
      code: s.code,
      displayName: s.displayName,
      login: s.login,
      passwordHash: hashes.get(s.password)!,
      branchId: need(branchId, s.branchCode, 'branch'),
      salesGroupId: s.salesGroupName === null ? null : need(salesGroupId, s.salesGroupName, 'sales group'),
      roles: s.roles as StaffRole[],
      // Supervisors of the demo chain see every branch's members; the rest their own branch's.
      memberReach: s.roles.includes(StaffRole.ADMIN) || s.roles.includes(StaffRole.MANAGER) ? MemberReach.ALL : MemberReach.OWN_BRANCH,
      active: true,
      createdAt: utc('2019-01-01 01:00:00'),
      updatedAt: utc('2019-01-01 01:00:00'),
    })));
    const staffId = new Map((await m.find(Staff)).map((s) => [s.code, s.id]));

    const rows = data.members.map((mb) => ({
      memberNo: mb.memberNo,
      lastName: mb.lastName,
      firstName: mb.firstName,
      englishName: mb.englishName,
      gender: mb.gender as Gender,
      idCard: mb.idCard,
      phone: mb.phone,
      phone2: mb.phone2,
      email: mb.email,
      birthday: mb.birthday,
      branchId: need(branchId, mb.branchCode, 'branch'),
      groupId: need(groupId, mb.groupCode, 'member group'),
      consultantId: mb.consultantCode === null ? null : need(staffId, mb.consultantCode, 'staff'),
      remarks: mb.remarks,
      ...memberSearchKeys(mb),
      birthMonth: birthMonthOf(mb.birthday),
      createdAt: utc(mb.createdAt),
      updatedAt: utc(mb.createdAt),
    }));
    for (let i = 0; i < rows.length; i += 100) await m.insert(Member, rows.slice(i, i + 100));
    await seedDemoCampaigns(m, data);
    await seedDemoAppointments(m);
    await seedDemoBookedVisit(m);
    await seedDemoCatalogue(m);
    await seedDemoOfferConditions(m);
    await seedDemoCoupons(m);
    await seedDemoGifts(m);
    await seedDemoSales(m);
    await seedDemoEarning(m);
    await seedDemoVisitPurchase(m);
    await seedDemoPrepaid(m);

    await m.insert(InterestGroup, data.interestGroups);
    await m.insert(CustomField, data.customFields.map((f) => ({ ...f, type: f.type as CustomFieldType, active: true })));
    await m.insert(MemberNumberSequence, data.numberSequences.map((q) => ({
      scope: q.branchCode === null ? WALK_IN_SCOPE : branchScope(need(branchId, q.branchCode, 'branch')),
      prefix: q.prefix,
      digits: q.digits,
      nextValue: q.nextValue,
    })));
    return true;
  });
  return { seeded, counts };
}
