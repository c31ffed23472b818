import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET } from '../../app/api/members/export/route';
import { useDataSource } from '../../db/data-source';
import { Member, type Branch, type MemberGroup, type Staff } from '../../entities';
import { Gender } from '../../services/members/gender';
import { StaffRole } from '../../services/staff/staff-role';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { saveMemberSelection } from '../../services/selections/member-selection.service';
import { aBranch, aMember, aMemberGroup, aStaff } from '../helpers/fixtures';
import { sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let tko: Branch;
let tst: Branch;
let trial: MemberGroup;
let manager: Staff;
let salesperson: Staff;
let members: Member[];
let tstMember: Member;

const viewerOf = async (staff: Staff): Promise<Viewer> => (await loadViewer(ds, staff.id, 'session'))!;

function exportRequest(query: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL('http://localhost/api/members/export');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return GET(new NextRequest(url, { headers }));
}

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  tko = await aBranch(ds, { code: 'TKO', name: 'Tseung Kwan O' });
  tst = await aBranch(ds, { code: 'TST', name: 'Tsim Sha Tsui' });
  trial = await aMemberGroup(ds, { code: 'TRIAL', name: 'Trial' });
  manager = await aStaff(ds, tko, [StaffRole.MANAGER]);
  salesperson = await aStaff(ds, tko, [StaffRole.SALESPERSON], { code: 'IS007', displayName: 'Apple Yu' });
  members = [
    await aMember(ds, tko, trial, {
      memberNo: 'A001', lastName: '陳', firstName: '小麗', gender: Gender.FEMALE, phone: '11223344', phone2: '91234567',
      email: 'siulai@example.com', birthday: '1990-06-10', address: '將軍澳唐德街9號', consultantId: salesperson.id,
      // 20:30 UTC is already the next day in Hong Kong, the branch's zone.
      createdAt: new Date('2020-06-09T20:30:00Z'),
    }),
    await aMember(ds, tko, trial, { memberNo: 'A002', lastName: '黃', firstName: '美君', gender: Gender.FEMALE }),
    await aMember(ds, tko, trial, { memberNo: 'A003', lastName: 'Chan', firstName: 'Tai Man', englishName: 'Peter', gender: Gender.MALE }),
  ];
  tstMember = await aMember(ds, tst, trial, { memberNo: 'WeM-00004', lastName: 'Chan', firstName: 'Susan' });
});

afterAll(() => db.drop());

describe('GET /api/members/export', () => {
  it('streams the selection as an .xlsx with a localised, frozen header and real dates', async () => {
    const selection = await saveMemberSelection(ds, await viewerOf(manager), { filter: { groupIds: [trial.id] }, excludedIds: [members[1].id] });
    const response = await exportRequest({ selection: String(selection.id), locale: 'en' }, { cookie: await sessionCookieFor(manager) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''members-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const sheet = await sheetOf(response);
    expect(sheet.name).toBe('Members');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(10).width).toBe(48);
    expect(rowValues(sheet, 1)).toEqual([
      'Member no.', 'Name', 'Phone', 'Email', 'Gender', 'Birthday', 'Member group', 'Branch', 'Consultant', 'Address', 'Joined',
    ]);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.rowCount).toBe(4);
    expect(rowValues(sheet, 2)).toEqual([
      'A001', '陳小麗', '11223344, 91234567', 'siulai@example.com', 'Female', new Date('1990-06-10T00:00:00Z'), 'Trial',
      'Tseung Kwan O', 'Apple Yu (IS007)', '將軍澳唐德街9號', new Date('2020-06-10T00:00:00Z'),
    ]);
    expect(sheet.getCell('F2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('K2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A3').value).toBe('A003');
    expect(sheet.getCell('B3').value).toBe('Chan Tai Man (Peter)');
    expect(sheet.getCell('E3').value).toBe('Male');
    expect(sheet.getCell('F3').value ?? null).toBeNull();
    expect(sheet.getCell('A4').value).toBe('WeM-00004');
  });

  it('uses the locale of the request for the header and the file name', async () => {
    const selection = await saveMemberSelection(ds, await viewerOf(manager), { filter: { groupIds: [trial.id] } });
    const response = await exportRequest({ selection: String(selection.id), locale: 'zh-HK' }, { cookie: await sessionCookieFor(manager) });
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('會員')}-`);
    const sheet = await sheetOf(response);
    expect(sheet.name).toBe('會員');
    expect(rowValues(sheet, 1).slice(0, 3)).toEqual(['會員編號', '會員名稱', '電話號碼']);
    expect(sheet.getCell('E2').value).toBe('女');
  });

  it("exports only the members a salesperson may see, even from crafted ids", async () => {
    const selection = await saveMemberSelection(ds, await viewerOf(salesperson), { filter: {}, includedIds: [members[0].id, tstMember.id] });
    const response = await exportRequest({ selection: String(selection.id) }, { cookie: await sessionCookieFor(salesperson) });
    const sheet = await sheetOf(response);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell('A2').value).toBe('A001');
  });

  it('accepts an API token', async () => {
    const viewer = await viewerOf(manager);
    const { secret } = await new ApiTokenService(ds).create(viewer, 'BI export');
    const selection = await saveMemberSelection(ds, viewer, { filter: { branchIds: [tst.id] } });
    const response = await exportRequest({ selection: String(selection.id) }, { authorization: `Bearer ${secret}` });
    expect(response.status).toBe(200);
    expect((await sheetOf(response)).getCell('A2').value).toBe('WeM-00004');
  });

  it('answers 401 to anonymous callers and to a wrong token', async () => {
    const selection = await saveMemberSelection(ds, await viewerOf(manager), { filter: {} });
    const anonymous = await exportRequest({ selection: String(selection.id), locale: 'en' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
    const wrongToken = await exportRequest({ selection: String(selection.id) }, { authorization: 'Bearer nope' });
    expect(wrongToken.status).toBe(401);
  });

  it("answers 404 for another viewer's selection and 400 for a malformed id", async () => {
    const selection = await saveMemberSelection(ds, await viewerOf(manager), { filter: {} });
    const cookie = await sessionCookieFor(salesperson);
    const foreign = await exportRequest({ selection: String(selection.id), locale: 'en' }, { cookie });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Selection not found.' } });
    const missing = await exportRequest({ selection: '99999' }, { cookie });
    expect(missing.status).toBe(404);
    const malformed = await exportRequest({ selection: '1 OR 1=1' }, { cookie });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'selection' });
  });

  it('exports thousands of rows across several batches', async () => {
    const group = await aMemberGroup(ds);
    const rows = Array.from({ length: 2_500 }, (_, i) => ({
      memberNo: `X${String(i).padStart(5, '0')}`, lastName: '李', firstName: `${i}`, gender: Gender.UNKNOWN, branchId: tko.id, groupId: group.id,
    }));
    for (let i = 0; i < rows.length; i += 500) await ds.getRepository(Member).insert(rows.slice(i, i + 500));
    const selection = await saveMemberSelection(ds, await viewerOf(manager), { filter: { groupIds: [group.id] } });
    const response = await exportRequest({ selection: String(selection.id) }, { cookie: await sessionCookieFor(manager) });
    const sheet = await sheetOf(response);
    expect(sheet.rowCount).toBe(2_501);
    expect(sheet.getCell('A2501').value).toBe('X02499');
  });
});
