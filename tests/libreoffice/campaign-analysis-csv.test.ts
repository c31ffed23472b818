import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import type { DataSource } from 'typeorm';
import { GET } from '../../app/api/reports/campaign-analysis/export/route';
import { useDataSource } from '../../db/data-source';
import { CampaignMember, Member } from '../../entities';
import { seedAnalysisExample, type AnalysisExample } from '../helpers/campaign-analysis-export-fixtures';
import { aContactCampaign, statusId } from '../helpers/contact-list-fixtures';
import { gql, sessionCookieFor } from '../helpers/graphql-client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

/**
 * The check that the export opens in LibreOffice: the file is converted to CSV by
 * `libreoffice --headless` (every sheet, cells as LibreOffice shows them) and each count and
 * percentage is compared with the `campaignAnalysis` query. Run by `npm run test:libreoffice`
 * where LibreOffice is installed (.ci/run installs it); without it this test fails.
 */

jest.setTimeout(180_000);

let db: TestDatabase;
let ds: DataSource;
let example: AnalysisExample;
let work: string;

/** Enough contact members in one campaign that the count format's thousands separator shows. */
const BULK = 1_234;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'analysis-csv-'));
  db = await createTestDatabase();
  ds = db.ds;
  useDataSource(ds);
  example = await seedAnalysisExample(ds);
  const bulk = await aContactCampaign(ds, 'Bulk', { name: '大量會員' });
  const members = Array.from({ length: BULK }, (_, i) => ({ memberNo: `B${String(i).padStart(5, '0')}`, lastName: '李', firstName: `${i}`, branchId: example.apple.branchId, groupId: example.members[0].groupId }));
  for (let i = 0; i < members.length; i += 500) await ds.getRepository(Member).insert(members.slice(i, i + 500));
  const ids = (await ds.getRepository(Member).createQueryBuilder('m').select('m.id', 'id').where("m.memberNo LIKE 'B%'").getRawMany<{ id: number }>()).map((r) => Number(r.id));
  const [noAnswer, leftMessage] = [await statusId(ds, 'no_answer'), await statusId(ds, 'left_message')];
  const places = ids.map((memberId, i) => ({ campaignId: bulk.id, memberId, salespersonId: example.candy.id, statusId: i % 3 ? noAnswer : leftMessage }));
  for (let i = 0; i < places.length; i += 500) await ds.getRepository(CampaignMember).insert(places.slice(i, i + 500));
});

afterAll(async () => {
  await db?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** RFC 4180 CSV as LibreOffice writes it: comma-separated, "-quoted with "" inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Every sheet of `file` as CSV: UTF-8, cells as shown (token 9), all sheets (token 12 = -1, since
 * LibreOffice 7.2: one `<name>-<sheet>.csv` each). A private profile keeps parallel runs apart;
 * a UTF-8 locale keeps the sheet names in the file names.
 */
function convertToCsv(file: string, sheetNames: string[]): Map<string, string[][]> {
  const profile = path.join(tmpdir(), `lo-${crypto.randomBytes(6).toString('hex')}`);
  const outDir = path.join(work, 'csv');
  try {
    const result = spawnSync(
      'libreoffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', outDir, file],
      { encoding: 'utf8', timeout: 150_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
    );
    if (result.error) throw new Error(`libreoffice could not run (is it installed?): ${result.error.message}`);
    if (result.status !== 0) throw new Error(`libreoffice failed (${result.status}): ${result.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const base = path.basename(file, '.xlsx');
  return new Map(sheetNames.map((name) => [name, parseCsv(readFileSync(path.join(outDir, `${base}-${name}.csv`), 'utf8'))]));
}

type Sales = { successful: number | null; successRatio: number | null; invoiceCents: number; productCents: number; treatmentCents: number };
type Line = { cells: Array<{ count: number; ratio: number }>; total: number; outcomes: Record<string, number>; sales: Sales };
type Analysis = { columns: Array<{ label: string }>; totals: Line; rows: Array<Line & { code: string; name: string }> };
const LINE = 'cells { count ratio } total outcomes { booked arrived verified noShow cancelled } sales { successful successRatio invoiceCents productCents treatmentCents }';

type AnalysisPage = Omit<Analysis, 'rows'> & { rows: { nodes: Analysis['rows']; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function onScreen(cookie: string, view: string): Promise<Analysis> {
  const rows: Analysis['rows'] = [];
  let after: string | null = null;
  let head: Omit<Analysis, 'rows'> | undefined;
  do {
    const res = await gql<{ campaignAnalysis: AnalysisPage }>(
      `query($view: CampaignAnalysisView!, $after: String) {
        campaignAnalysis(view: $view) { columns { label } totals { ${LINE} } rows(first: 50, after: $after) { nodes { code name ${LINE} } pageInfo { hasNextPage endCursor } } }
      }`,
      { view, after },
      { cookie, locale: 'zh-HK' },
    );
    expect(res.body.errors).toBeUndefined();
    const analysis: AnalysisPage = res.body.data!.campaignAnalysis;
    head = { columns: analysis.columns, totals: analysis.totals };
    rows.push(...analysis.rows.nodes);
    after = analysis.rows.pageInfo.hasNextPage ? analysis.rows.pageInfo.endCursor : null;
  } while (after);
  return { ...head!, rows };
}

/** How LibreOffice shows a count (#,##0) and a ratio (0.00%). */
const count = (n: number) => n.toLocaleString('en-US');
const percent = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;
/** How LibreOffice shows an amount (#,##0.00) of integer cents. */
const money = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const shown = (line: Line) => [
  ...line.cells.flatMap((c) => [count(c.count), percent(c.ratio)]),
  count(line.total), percent(line.total > 0 ? 1 : 0),
  ...['booked', 'arrived', 'verified', 'noShow', 'cancelled'].map((k) => count(line.outcomes[k])),
  count(line.sales.successful!), percent(line.sales.successRatio!),
  ...[line.sales.invoiceCents, line.sales.productCents, line.sales.treatmentCents].map(money),
];

const HEADER_LINE = 10;

it('opens in LibreOffice with every sheet, count and percentage the screen shows', async () => {
  const cookie = await sessionCookieFor(example.manager);
  const views = ['CAMPAIGN', 'BRANCH', 'SALESPERSON', 'MEMBER'];
  const response = await GET(new NextRequest(`http://localhost/api/reports/campaign-analysis/export?views=${views.join(',')}&locale=zh-HK`, { headers: { cookie } }));
  expect(response.status).toBe(200);
  const file = path.join(work, 'analysis.xlsx');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));

  const sheets = convertToCsv(file, ['活動', '分店', '銷售員', '會員']);
  for (const [i, [name, csv]] of [...sheets].entries()) {
    const screen = await onScreen(cookie, views[i]);
    expect(csv[0][0]).toBe(`聯絡活動分析 - ${name}`);
    expect(csv.slice(1, 8).map((line) => line[0])).toEqual(['分店：全部', '活動：全部', '銷售組別：全部', '銷售員：全部', '會員組別：全部', '聯絡日期：全部', '負責人：beauty']);
    expect(csv[HEADER_LINE - 1].every((cell) => cell === '')).toBe(true);
    expect(csv[HEADER_LINE].slice(2)).toEqual([
      ...screen.columns.flatMap((c) => [`${c.label} 數目`, `${c.label} 比率`]), '總 數目', '總 比率', '預約', '到達', '驗證', '失約', '取消',
      '成功購買 數目', '成功購買 比率', '發票金額', '產品金額', '護理金額',
    ]);
    const data = csv.slice(HEADER_LINE + 1);
    expect(data).toHaveLength(screen.rows.length + 1);
    screen.rows.forEach((row, r) => expect(data[r]).toEqual([row.code, row.name, ...shown(row)]));
    expect(data[screen.rows.length]).toEqual(['總數', '', ...shown(screen.totals)]);
  }

  // The seed's figures and a thousands separator, as LibreOffice shows them.
  const campaigns = sheets.get('活動')!;
  const header = campaigns[HEADER_LINE];
  const cell = (code: string, heading: string) => campaigns.find((line) => line[0] === code)![header.indexOf(heading)];
  expect([cell('Junebirth', '已預約 比率'), cell('Junebirth', '未通知 比率'), cell('Maybirth', '無人接聽 比率'), cell('Bulk', '總 數目')])
    .toEqual(['33.33%', '66.67%', '72.22%', '1,234']);
});
