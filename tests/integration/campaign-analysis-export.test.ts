import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET } from '../../app/api/reports/campaign-analysis/export/route';
import { useDataSource } from '../../db/data-source';
import type { Staff } from '../../entities';
import { ApiTokenService } from '../../services/api-tokens/api-token.service';
import { loadViewer } from '../../services/auth/load-viewer.service';
import { seedAnalysisExample, type AnalysisExample } from '../helpers/campaign-analysis-export-fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let db: TestDatabase;
let ds: DataSource;
let example: AnalysisExample;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  example = await seedAnalysisExample(ds);
});

afterAll(() => db.drop());

const VIEWS = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'] as const;
type View = (typeof VIEWS)[number];

function exportRequest(query: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL('http://localhost/api/reports/campaign-analysis/export');
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return GET(new NextRequest(url, { headers }));
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

// Array.from, not map: the row's values are a sparse array, and map skips its holes.
const valuesOf = (sheet: ExcelJS.Worksheet, n: number) => Array.from((sheet.getRow(n).values as unknown[]).slice(1), (v) => v ?? null);

type Cell = { statusId: string; count: number; ratio: number };
type Outcomes = { booked: number; arrived: number; verified: number; noShow: number; cancelled: number };
type Sales = { successful: number | null; successRatio: number | null; invoiceCents: number; productCents: number; treatmentCents: number };
type Line = { cells: Cell[]; total: number; outcomes: Outcomes; sales: Sales };
type Analysis = { columns: Array<{ id: string; label: string }>; totals: Line; rows: Array<Line & { code: string; name: string }> };

const LINE = 'cells { statusId count ratio } total outcomes { booked arrived verified noShow cancelled } sales { successful successRatio invoiceCents productCents treatmentCents }';

type AnalysisPage = Omit<Analysis, 'rows'> & { rows: { nodes: Analysis['rows']; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** The figures the screen shows, through the GraphQL query, every page. */
async function onScreen(staff: Staff, view: View, filter: Record<string, unknown>, locale: string): Promise<Analysis> {
  const cookie = await sessionCookieFor(staff);
  const rows: Analysis['rows'] = [];
  let after: string | null = null;
  let head: Omit<Analysis, 'rows'> | undefined;
  do {
    const res = await gql<{ campaignAnalysis: AnalysisPage }>(
      `query($view: CampaignAnalysisView!, $filter: ReportFilterInput, $after: String) {
        campaignAnalysis(view: $view, filter: $filter) {
          columns { id label } totals { ${LINE} }
          rows(first: 50, after: $after) { nodes { code name ${LINE} } pageInfo { hasNextPage endCursor } }
        }
      }`,
      { view, filter, after },
      { cookie, locale },
    );
    expect(res.body.errors).toBeUndefined();
    const analysis: AnalysisPage = res.body.data!.campaignAnalysis;
    head = { columns: analysis.columns, totals: analysis.totals };
    rows.push(...analysis.rows.nodes);
    after = analysis.rows.pageInfo.hasNextPage ? analysis.rows.pageInfo.endCursor : null;
  } while (after);
  return { ...head!, rows };
}

const OUTCOME_KEYS: Array<keyof Outcomes> = ['booked', 'arrived', 'verified', 'noShow', 'cancelled'];
// The success rule is on (the default): its count and ratio, then the amounts in dollars.
const lineValues = (line: Line) => [
  ...line.cells.flatMap((c) => [c.count, c.ratio]), line.total, line.total > 0 ? 1 : 0, ...OUTCOME_KEYS.map((k) => line.outcomes[k]),
  line.sales.successful, line.sales.successRatio, line.sales.invoiceCents / 100, line.sales.productCents / 100, line.sales.treatmentCents / 100,
];

/** Filter lines, a blank row, then the header. */
const HEADER_ROW = 11;

describe('GET /api/reports/campaign-analysis/export', () => {
  it('writes one sheet per chosen view, with the filters, a frozen header, and the screen\'s figures as numbers', async () => {
    const filter = { campaignIds: [String(example.maybirth.id), String(example.junebirth.id)] };
    const response = await exportRequest({ views: VIEWS.join(','), filter: JSON.stringify(filter), locale: 'zh-HK' }, { cookie: await sessionCookieFor(example.manager) });
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="campaign-analysis-\\d{4}-\\d{2}-\\d{2}\\.xlsx"; filename\\*=UTF-8''${encodeURIComponent('聯絡活動分析')}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['活動', '分店', '銷售員', '會員']);

    for (const [i, view] of VIEWS.entries()) {
      const sheet = workbook.worksheets[i];
      const screen = await onScreen(example.manager, view, filter, 'zh-HK');
      expect(sheet.getCell('A1').value).toBe(`聯絡活動分析 - ${sheet.name}`);
      expect([2, 3, 4, 5, 6, 7, 8].map((r) => sheet.getCell(`A${r}`).value)).toEqual([
        '分店：全部', '活動：Junebirth, Maybirth', '銷售組別：全部', '銷售員：全部', '會員組別：全部', '聯絡日期：全部', '負責人：beauty',
      ]);
      // When: a real date-time cell on Hong Kong's clock (UTC+8), formatted as the contact export's.
      expect(sheet.getCell('A9').value).toBe('匯出時間：');
      const exportedAt = sheet.getCell('B9');
      expect(exportedAt.value).toBeInstanceOf(Date);
      expect(exportedAt.numFmt).toBe('yyyy-mm-dd hh:mm');
      expect(Math.abs((exportedAt.value as Date).getTime() - (Date.now() + 8 * 3_600_000))).toBeLessThan(120_000);
      expect(valuesOf(sheet, 10)).toEqual([]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });

      const [code, name] = { CAMPAIGN: ['活動編號', '活動名稱'], BRANCH: ['分店編號', '分店名稱'], SALESPERSON: ['銷售員編號', '銷售員名稱'], MEMBER: ['會員編號', '會員名稱'] }[view];
      expect(valuesOf(sheet, HEADER_ROW)).toEqual([
        code, name, ...screen.columns.flatMap((c) => [`${c.label} 數目`, `${c.label} 比率`]), '總 數目', '總 比率', '預約', '到達', '驗證', '失約', '取消',
        '成功購買 數目', '成功購買 比率', '發票金額', '產品金額', '護理金額',
      ]);
      expect(sheet.getRow(HEADER_ROW).font).toMatchObject({ bold: true });
      expect(sheet.getColumn(2).width).toBe(28);

      expect(screen.rows.length).toBeGreaterThan(0);
      screen.rows.forEach((row, r) => expect(valuesOf(sheet, HEADER_ROW + 1 + r)).toEqual([row.code, row.name, ...lineValues(row)]));
      const totalsRow = HEADER_ROW + 1 + screen.rows.length;
      expect(valuesOf(sheet, totalsRow)).toEqual(['總數', null, ...lineValues(screen.totals)]);
      expect(sheet.getRow(totalsRow).font).toMatchObject({ bold: true });
      expect(sheet.rowCount).toBe(totalsRow);

      const counted = screen.columns.length * 2 + 2 + 5;
      const columns = counted + 2 + 3;
      for (let c = 3; c <= 2 + columns; c++) {
        const cell = sheet.getRow(totalsRow).getCell(c);
        expect(typeof cell.value).toBe('number');
        const isRatio = (c <= 2 + screen.columns.length * 2 + 2 && c % 2 === 0) || c === 2 + counted + 2;
        const format = c > 2 + counted + 2 ? '#,##0.00' : isRatio ? '0.00%' : '#,##0';
        expect([c, cell.numFmt]).toEqual([c, format]);
        expect([c, sheet.getRow(HEADER_ROW + 1).getCell(c).numFmt]).toEqual([c, cell.numFmt]);
      }
    }

    // The seed's own table.
    const campaigns = workbook.worksheets[0];
    const header = valuesOf(campaigns, HEADER_ROW) as string[];
    const figure = (row: number, heading: string) => campaigns.getRow(row).getCell(header.indexOf(heading) + 1).value;
    expect(valuesOf(campaigns, 12).slice(0, 2)).toEqual(['Junebirth', '6月生日會員優惠']);
    expect([figure(12, '已預約 數目'), figure(12, '已預約 比率'), figure(12, '未通知 數目'), figure(12, '未通知 比率'), figure(12, '總 數目')]).toEqual([1, 0.3333, 2, 0.6667, 3]);
    expect(valuesOf(campaigns, 13).slice(0, 2)).toEqual(['Maybirth', '5月生日會員優惠']);
    expect([figure(13, '無人接聽 數目'), figure(13, '無人接聽 比率'), figure(13, '未通知 比率'), figure(13, '總 數目')]).toEqual([52, 0.7222, 0.0139, 72]);
    expect([figure(14, '無人接聽 比率'), figure(14, '已預約 比率'), figure(14, '未通知 比率'), figure(14, '總 數目'), figure(14, '總 比率')])
      .toEqual([0.6933, 0.0133, 0.04, 75, 1]);
    expect(workbook.worksheets[3].rowCount).toBe(HEADER_ROW + 72 + 1);
  });

  it('words sheets, headings, filters and the file name in the request\'s locale', async () => {
    const filter = { branchIds: [String(example.bell.branchId)], salespersonIds: [String(example.bell.id)], contactedFrom: '2025-01-01' };
    const response = await exportRequest({ views: 'SALESPERSON,CAMPAIGN', filter: JSON.stringify(filter), locale: 'en' }, { cookie: await sessionCookieFor(example.manager) });
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Contact campaign analysis')}-`);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Salesperson', 'Campaign']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Contact campaign analysis - Salesperson');
    expect(['A2', 'A5', 'A7'].map((a) => sheet.getCell(a).value)).toEqual(['Branch: Tsim Sha Tsui', 'Salesperson: Bell Lau (D074)', 'Contact date: from 2025-01-01']);
    expect(valuesOf(sheet, HEADER_ROW).slice(0, 4)).toEqual(['Salesperson code', 'Salesperson name', 'Not notified count', 'Not notified ratio']);
    // No contact logs in the fixtures: nothing was contacted in the range.
    expect(valuesOf(sheet, HEADER_ROW + 1)[0]).toBe('Total');
  });

  it('counts only the members a salesperson may see', async () => {
    const cookie = await sessionCookieFor(example.apple);
    const workbook = await workbookOf(await exportRequest({ views: 'MEMBER,CAMPAIGN' }, { cookie }));
    const members = workbook.worksheets[0];
    const exported: string[] = [];
    for (let r = HEADER_ROW + 1; r < members.rowCount; r++) exported.push(String(members.getRow(r).getCell(1).value));
    expect(exported.sort()).toEqual(example.appleMemberNos);
    expect(exported).not.toContain('M0041');

    const screen = await onScreen(example.apple, 'CAMPAIGN', {}, 'zh-HK');
    expect(screen.totals.total).toBe(40);
    const campaigns = workbook.worksheets[1];
    screen.rows.forEach((row, r) => expect(valuesOf(campaigns, HEADER_ROW + 1 + r)).toEqual([row.code, row.name, ...lineValues(row)]));
    expect(valuesOf(campaigns, HEADER_ROW + 1 + screen.rows.length)).toEqual(['總數', null, ...lineValues(screen.totals)]);
  });

  it('accepts an API token', async () => {
    const viewer = (await loadViewer(ds, example.manager.id, 'session'))!;
    const { secret } = await new ApiTokenService(ds).create(viewer, 'BI export');
    const workbook = await workbookOf(await exportRequest({ views: 'BRANCH' }, { authorization: `Bearer ${secret}` }));
    expect(workbook.worksheets[0].getCell(`A${HEADER_ROW + 1}`).value).toBe('TKO');
  });

  it('answers 401 to anonymous callers', async () => {
    const response = await exportRequest({ views: 'CAMPAIGN', locale: 'en' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } });
  });

  it.each([
    [{ views: 'CAMPAIGN,NOPE' }, 'views', '"report views" is invalid: not one of the options'],
    [{ views: 'CAMPAIGN,MEMBER,CAMPAIGN' }, 'views', '"report views" is invalid: choose each view only once'],
    [{}, 'views', '"report views" is invalid: required'],
    [{ views: 'CAMPAIGN', filter: '{nope' }, 'filter', '"filter" is invalid: not a JSON object of filters'],
    [{ views: 'CAMPAIGN', filter: '[1]' }, 'filter', '"filter" is invalid: not a JSON object of filters'],
    [{ views: 'CAMPAIGN', filter: '{"contactedFrom":"2025-02-30"}' }, 'filter.contactedFrom', '"contacted from" is invalid: not a valid date (YYYY-MM-DD)'],
    [{ views: 'CAMPAIGN', filter: '{"campaignIds":["x"]}' }, 'filter.campaignIds', null],
    [{ views: 'CAMPAIGN', progress: 'no spaces please' }, 'progress', '"export progress id" is invalid: at most 64 letters, digits or "-"'],
    [{ views: 'CAMPAIGN', progress: 'a'.repeat(65) }, 'progress', null],
  ])('answers 400 naming the field for %j', async (query, field, message) => {
    const response = await exportRequest({ ...query, locale: 'en' }, { cookie: await sessionCookieFor(example.manager) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message) expect(error.message).toBe(message);
  });

  it('words a refusal in the caller\'s locale', async () => {
    const response = await exportRequest({ views: 'CAMPAIGN,CAMPAIGN', locale: 'zh-HK' }, { cookie: await sessionCookieFor(example.manager) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('「報告分類」無效：每個分類只可選一次');
  });

  it('reports progress to the exporting staff member only, up to done with every row written', async () => {
    const cookie = await sessionCookieFor(example.manager);
    const progress = (staffCookie: string, id: string) =>
      gql(`query($id: ID!) { reportExportProgress(id: $id) { id rowsWritten totalRows done failed } }`, { id }, { cookie: staffCookie });
    expect((await progress(cookie, 'export-1')).body.data!.reportExportProgress).toBeNull();

    const response = await exportRequest({ views: 'CAMPAIGN,MEMBER', progress: 'export-1' }, { cookie });
    await workbookOf(response);
    let state = (await progress(cookie, 'export-1')).body.data!.reportExportProgress;
    // The last bytes reach the reader just before the writer marks the file complete.
    for (let i = 0; i < 50 && !state.done; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      state = (await progress(cookie, 'export-1')).body.data!.reportExportProgress;
    }
    expect(state).toEqual({ id: 'export-1', rowsWritten: 2 + 72, totalRows: 2 + 72, done: true, failed: false });
    expect((await progress(await sessionCookieFor(example.apple), 'export-1')).body.data!.reportExportProgress).toBeNull();
  });
});
