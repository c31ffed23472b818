import { spawn } from 'node:child_process';
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../db/data-source';
import { Campaign, CampaignMember } from '../../entities';
import { loadViewer } from '../../services/auth/load-viewer.service';
import type { Viewer } from '../../services/auth/viewer';
import { writeCampaignAnalysisWorkbook } from '../../services/reports/campaign-analysis-export.service';
import type { ExportProgressTracker } from '../../services/reports/export-progress';
import type { CampaignAnalysisView, ReportFilter } from '../../services/reports/report-filter';
import { applyReportFilter, reportContextFor } from '../../services/reports/report-query.service';

/** The size: an export of at least this many member rows must stay within MAX_RSS_MB. */
const MEMBER_ROWS = 500_000;
export const MAX_RSS_MB = 300;

type ExportJob = { staffId: number; views: CampaignAnalysisView[]; filter: ReportFilter; file: string };

/** What the child reports; RSS in kilobytes as process.resourceUsage() gives it. */
export type ExportFigures = {
  rows: number;
  totalRows: number;
  bytes: number;
  /** Until the rows were counted (the grouped totals and the counts), then the whole export. */
  prepareMs: number;
  wallMs: number;
  /** Peak RSS of the child before the export began (Node, the TypeScript loader, TypeORM, the connection). */
  rssBeforeKb: number;
  peakRssKb: number;
};

/** An export measured in a child process, so only the export's memory counts. */
export type ExportBenchCase = { name: string; run: () => Promise<ExportFigures & { campaigns: number }> };

/**
 * The manager's 聯絡活動分析 export of the member and campaign views over the largest generated
 * campaigns, as few as give at least MEMBER_ROWS members (found by halving on the product's own
 * count), written to a temporary file by the same function as the download route.
 */
export function reportExportCases(ds: DataSource, manager: Viewer): ExportBenchCase[] {
  return [{
    name: `report export: member + campaign views, ≥ ${MEMBER_ROWS.toLocaleString('en')} members (manager)`,
    run: async () => {
      const campaignIds = await campaignsCovering(ds, manager, MEMBER_ROWS);
      const file = path.join(tmpdir(), `report-export-bench-${process.pid}.xlsx`);
      try {
        const figures = await inChild({ staffId: manager.staffId, views: ['MEMBER', 'CAMPAIGN'], filter: { campaignIds }, file });
        if (figures.rows !== figures.totalRows) throw new Error(`The export wrote ${figures.rows} of ${figures.totalRows} rows`);
        return { ...figures, campaigns: campaignIds.length };
      } finally {
        rmSync(file, { force: true });
      }
    },
  }];
}

/** The fewest of the largest campaigns whose visible contact members are at least `members` distinct members. */
async function campaignsCovering(ds: DataSource, viewer: Viewer, members: number): Promise<number[]> {
  const context = await reportContextFor(ds, viewer);
  const ordered = (await ds.getRepository(Campaign).find({ select: { id: true }, order: { memberCount: 'DESC', id: 'ASC' } })).map((c) => c.id);
  const distinctMembers = async (n: number) => {
    const raw = await applyReportFilter(ds.getRepository(CampaignMember).createQueryBuilder('cm'), { campaignIds: ordered.slice(0, n) }, context)
      .select('COUNT(DISTINCT cm.memberId)', 'n')
      .getRawOne<{ n: number | string }>();
    return Number(raw?.n ?? 0);
  };
  if ((await distinctMembers(ordered.length)) < members) throw new Error(`Fewer than ${members} members in campaigns: generate more contact data first.`);
  let [low, high] = [1, ordered.length];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if ((await distinctMembers(mid)) >= members) high = mid;
    else low = mid + 1;
  }
  return ordered.slice(0, low);
}

/**
 * The child compiles the TypeScript it loads with @swc/core alone: scripts/register.js
 * (@swc-node/register) also loads the TypeScript compiler to read tsconfig, about 60 MB of RSS
 * that the app server never carries and that would otherwise be a fifth of the figure.
 */
const CHILD = `
require('reflect-metadata');
const { transformSync } = require('@swc/core');
const { readFileSync } = require('node:fs');
const options = (filename) => ({
  filename, swcrc: false, module: { type: 'commonjs' },
  jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false } },
});
require.extensions['.ts'] = (module, filename) => module._compile(transformSync(readFileSync(filename, 'utf8'), options(filename)).code, filename);
require(process.argv[1]).exportInThisProcess(JSON.parse(process.argv[2])).catch((error) => { console.error(error); process.exit(1); });
`;

function inChild(job: ExportJob): Promise<ExportFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, __filename, JSON.stringify(job)], {
      cwd: path.join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`The export child exited with ${code}: ${out}`));
      else resolve(JSON.parse(last) as ExportFigures);
    });
  });
}

/** The child: one export to a file, then its figures as a JSON line on stdout. */
export async function exportInThisProcess(job: ExportJob): Promise<void> {
  const ds = await (await createDataSource()).initialize();
  try {
    const viewer = await loadViewer(ds, job.staffId, 'session');
    if (!viewer) throw new Error(`No active staff ${job.staffId}`);
    const context = await reportContextFor(ds, viewer);
    const start = performance.now();
    let prepareMs = 0;
    let rows = 0;
    let totalRows = 0;
    const progress: ExportProgressTracker = {
      setTotal: (n) => {
        totalRows = n;
        prepareMs = performance.now() - start;
      },
      wrote: (n) => (rows += n),
      finish: () => undefined,
      fail: () => undefined,
    };
    const rssBeforeKb = process.resourceUsage().maxRSS;
    const output = createWriteStream(job.file);
    await writeCampaignAnalysisWorkbook(output, ds, viewer, { views: job.views, filter: job.filter, locale: 'zh-HK', context, progress });
    await finished(output);
    const figures: ExportFigures = {
      rows, totalRows, bytes: statSync(job.file).size, prepareMs, wallMs: performance.now() - start,
      rssBeforeKb, peakRssKb: process.resourceUsage().maxRSS,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await ds.destroy();
  }
}
