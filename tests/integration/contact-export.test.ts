/**
 * The contact list's Excel export read back with exceljs, on SQLite and (with TEST_DATABASE_URL)
 * MariaDB: every date-time is a real Excel date cell (a Date with a date-time format), whose value
 * is the wall-clock time the screen shows in the viewer's branch zone, never text; the booking
 * block's columns (預約分店 … 驗證備註) follow the list's.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET as exportRoute } from '../../app/api/contacts/export/route';
import { useDataSource } from '../../db/data-source';
import { Appointment, CampaignMember, type Branch, type Staff } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { StaffRole } from '../../services/staff/staff-role';
import { aContactCampaign, aContactLog, aContactMember } from '../helpers/contact-list-fixtures';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let manager: Staff;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'TKO' }); // Asia/Hong_Kong, UTC+8
  manager = await aStaff(ds, tko, [StaffRole.MANAGER], { displayName: 'HKB2B Support', code: 'beauty' });
  const candy = await aStaff(ds, tko, [StaffRole.SALESPERSON], { displayName: 'Candy Chan', code: 'IS003' });
  const group = await aMemberGroup(ds);
  const campaign = await aContactCampaign(ds, 'Junebirth', { name: '6月生日會員優惠' });
  const member = await aMember(ds, tko, group, { memberNo: 'A003' });
  const cm = await aContactMember(ds, campaign, member, candy);
  // 11:32 UTC is 19:32 in Hong Kong: the seed's 2020年5月4日 下午 07:32.
  await aContactLog(ds, cm, { at: '2020-05-04T11:32:00Z', by: candy, status: 'booked', note: '免費試做', nextFollowUpAt: '2020-05-06T01:00:00Z' });
  const startsAt = new Date('2020-05-05T09:00:00Z');
  const appointment = await ds.getRepository(Appointment).save({
    memberId: member.id, branchId: tko.id, startsAt, endsAt: new Date('2020-05-05T09:30:00Z'), blockedUntil: new Date('2020-05-05T09:30:00Z'),
    status: AppointmentStatus.COMPLETED, note: '靠窗', attendanceNote: '準時', verificationNote: '已核對身份證',
    arrivedAt: new Date('2020-05-04T11:40:00Z'), verifiedAt: new Date('2020-05-04T11:40:00Z'), verifiedById: manager.id,
    campaignMemberId: cm.id, createdById: candy.id, updatedById: manager.id,
  });
  await ds.getRepository(CampaignMember).update({ id: cm.id }, { appointmentId: appointment.id, bookedAt: new Date('2020-05-04T11:32:00Z') });
  cookie = await sessionCookieFor(manager);
});

afterAll(async () => {
  await db.drop();
});

async function exported(locale: string): Promise<ExcelJS.Worksheet> {
  const url = new URL('http://localhost/api/contacts/export');
  url.searchParams.set('locale', locale);
  const response = await exportRoute(new NextRequest(url, { headers: { cookie } }));
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/** The cell under a heading of row 1. */
function cellUnder(sheet: ExcelJS.Worksheet, heading: string, row = 2): ExcelJS.Cell {
  const headings = (sheet.getRow(1).values as unknown[]).slice(1);
  const column = headings.indexOf(heading);
  expect(column).toBeGreaterThanOrEqual(0);
  return sheet.getRow(row).getCell(column + 1);
}

/** A date cell's wall-clock value, as Excel (which has no time zones) shows it. */
const wallClock = (cell: ExcelJS.Cell) => {
  expect(cell.type).toBe(ExcelJS.ValueType.Date);
  expect(cell.value).toBeInstanceOf(Date);
  return (cell.value as Date).toISOString().slice(0, 16).replace('T', ' ');
};

it('writes every date-time as a date cell with a date-time format, equal to the screen\'s Hong Kong time', async () => {
  const sheet = await exported('zh-HK');
  const expected: Array<[string, string]> = [
    ['聯絡日期時間', '2020-05-04 19:32'],
    ['下次跟進', '2020-05-06 09:00'],
    ['預約日期時間', '2020-05-05 17:00'],
    ['驗證日期', '2020-05-04 19:40'],
  ];
  for (const [heading, local] of expected) {
    const cell = cellUnder(sheet, heading);
    expect(wallClock(cell)).toBe(local);
    expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
  }
});

it('adds the manual\'s booking block after the list\'s columns', async () => {
  const sheet = await exported('zh-HK');
  const headings = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headings.slice(-9)).toEqual(['預約分店', '預約日期時間', '預約備註', '預約狀態', '出席備註', '出席驗證', '驗證員工', '驗證日期', '驗證備註']);
  const texts = ['預約分店', '預約備註', '預約狀態', '出席備註', '出席驗證', '驗證員工', '驗證備註'].map((h) => cellUnder(sheet, h).value);
  expect(texts).toEqual(['TKO', '靠窗', '已完成', '準時', '✓', 'HKB2B Support (beauty)', '已核對身份證']);
  const english = await exported('en');
  expect(cellUnder(english, 'Booking status').value).toBe('Completed');
});
