import type { AppliedFilter } from '../../services/reports/applied-filter.service';
import {
  analysisColumns, analysisRowValues, analysisTotalsValues, displayWidth, exportTranslator, preambleLines, sheetNames,
} from '../../services/reports/campaign-analysis-export.service';
import { headerRowOf } from '../../services/export/streamed-workbook';

const outcomes = { booked: 4, arrived: 3, verified: 2, noShow: 1, cancelled: 0 };
const sales = { bookedContacts: 3, successful: 1, successRatio: 0.3333, invoiceCents: 150_050, productCents: 30_050, treatmentCents: 120_000 };

describe('sheetNames', () => {
  it('keeps valid, distinct names as they are', () => {
    expect(sheetNames(['活動', '分店', 'Salesperson'])).toEqual(['活動', '分店', 'Salesperson']);
  });

  it('replaces the characters Excel refuses and trims to 31 characters', () => {
    expect(sheetNames(['a/b\\c[d]e:f*g?h'])).toEqual(['a b c d e f g h']);
    expect(sheetNames(['x'.repeat(40)])[0]).toHaveLength(31);
    expect(sheetNames(["'quoted'"])).toEqual(['quoted']);
    expect(sheetNames(['  ', '?'])).toEqual(['Sheet', 'Sheet (2)']);
  });

  it('makes clashing names unique, ignoring case, within 31 characters', () => {
    expect(sheetNames(['Member', 'member', 'MEMBER'])).toEqual(['Member', 'member (2)', 'MEMBER (3)']);
    const long = 'y'.repeat(31);
    const [first, second] = sheetNames([long, long]);
    expect(first).toBe(long);
    expect(second).toBe(`${'y'.repeat(27)} (2)`);
  });

  it('counts characters, not UTF-16 units', () => {
    expect([...sheetNames(['😀'.repeat(40)])[0]]).toHaveLength(31);
  });
});

describe('displayWidth', () => {
  it('counts CJK and full-width characters double', () => {
    expect(displayWidth('Booked count')).toBe(12);
    expect(displayWidth('已預約 數目')).toBe(11);
    expect(displayWidth('（Ａ）')).toBe(6);
  });
});

describe('analysisColumns', () => {
  const t = exportTranslator('zh-HK');

  it('lists code, name, a count and a ratio per status, the total, the outcomes, then success and the same-day amounts', () => {
    const columns = analysisColumns('CAMPAIGN', ['未通知', '已預約'], t, true);
    expect(columns.map((c) => c.header)).toEqual([
      '活動編號', '活動名稱', '未通知 數目', '未通知 比率', '已預約 數目', '已預約 比率', '總 數目', '總 比率', '預約', '到達', '驗證', '失約', '取消',
      '成功購買 數目', '成功購買 比率', '發票金額', '產品金額', '護理金額',
    ]);
    expect(columns.map((c) => c.numFmt ?? null)).toEqual([
      null, null, '#,##0', '0.00%', '#,##0', '0.00%', '#,##0', '0.00%', '#,##0', '#,##0', '#,##0', '#,##0', '#,##0',
      '#,##0', '0.00%', '#,##0.00', '#,##0.00', '#,##0.00',
    ]);
    expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
  });

  it('leaves the success columns out while the success rule is off', () => {
    const headers = analysisColumns('CAMPAIGN', ['未通知'], t, false).map((c) => c.header);
    expect(headers.slice(-4)).toEqual(['取消', '發票金額', '產品金額', '護理金額']);
  });

  it('widens a column to its heading', () => {
    const en = analysisColumns('SALESPERSON', ['A status with a very long label'], exportTranslator('en'), true);
    expect(en.map((c) => c.width).slice(0, 4)).toEqual([18, 28, 39, 39]);
    expect(analysisColumns('MEMBER', [], t, true)[0]).toMatchObject({ header: '會員編號', width: 14 });
  });
});

describe('row values', () => {
  const line = {
    cells: [{ statusId: 1, count: 1, ratio: 0.3333 }, { statusId: 2, count: 2, ratio: 0.6667 }],
    total: 3,
    outcomes,
    sales,
  };

  it('keeps counts and ratio fractions as numbers, in the columns\' order', () => {
    expect(analysisRowValues({ code: 'Junebirth', name: '6月生日會員優惠', ...line })).toEqual(['Junebirth', '6月生日會員優惠', 1, 0.3333, 2, 0.6667, 3, 1, 4, 3, 2, 1, 0, 1, 0.3333, 1500.5, 300.5, 1200]);
  });

  it('writes no success cells while the rule is off (its columns are left out)', () => {
    const off = { ...line, sales: { ...sales, successful: null, successRatio: null } };
    expect(analysisRowValues({ code: 'J', name: 'n', ...off }).slice(-4)).toEqual([0, 1500.5, 300.5, 1200]);
  });

  it('labels the totals row and gives an empty report a total ratio of 0', () => {
    const t = exportTranslator('en');
    expect(analysisTotalsValues(line, t)).toEqual(['Total', null, 1, 0.3333, 2, 0.6667, 3, 1, 4, 3, 2, 1, 0, 1, 0.3333, 1500.5, 300.5, 1200]);
    const noSales = { bookedContacts: 0, successful: 0, successRatio: 0, invoiceCents: 0, productCents: 0, treatmentCents: 0 };
    const empty = { cells: [{ statusId: 1, count: 0, ratio: 0 }], total: 0, outcomes: { ...outcomes, booked: 0, arrived: 0, verified: 0, noShow: 0 }, sales: noSales };
    expect(analysisTotalsValues(empty, t)).toEqual(['Total', null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('preambleLines', () => {
  const none: AppliedFilter = { branches: [], campaigns: [], salesGroups: [], salespeople: [], memberGroups: [], contactedFrom: null, contactedTo: null };
  const run = { ranBy: { login: 'beauty' }, ranAt: new Date('2026-11-25T09:58:30Z'), timeZone: 'Asia/Hong_Kong' };

  it('shows 全部 for each filter not chosen, who ran it, and when as an Excel date-time on the salon\'s clock', () => {
    expect(preambleLines('CAMPAIGN', none, run, exportTranslator('zh-HK'))).toEqual([
      ['聯絡活動分析 - 活動'], ['分店：全部'], ['活動：全部'], ['銷售組別：全部'], ['銷售員：全部'], ['會員組別：全部'], ['聯絡日期：全部'],
      ['負責人：beauty'], ['匯出時間：', { value: new Date('2026-11-25T17:58:30Z'), numFmt: 'yyyy-mm-dd hh:mm' }],
    ]);
  });

  it('names the chosen branches, campaigns (by code), groups and salespeople, and the contact range', () => {
    const applied = {
      ...none,
      branches: [{ name: 'Central' }, { name: 'CWB' }],
      campaigns: [{ code: 'Maybirth' }, { code: 'Junebirth' }],
      salesGroups: [{ name: 'Sales' }],
      salespeople: [{ displayName: 'Amy', code: 'S007' }],
      memberGroups: [{ name: 'VIP Gold' }],
      contactedFrom: '2026-11-01',
      contactedTo: '2026-11-30',
    } as unknown as AppliedFilter;
    expect(preambleLines('MEMBER', applied, run, exportTranslator('en')).slice(0, 7).map(([line]) => line)).toEqual([
      'Contact campaign analysis - Member', 'Branch: Central, CWB', 'Campaign: Maybirth, Junebirth', 'Sales group: Sales', 'Salesperson: Amy (S007)',
      'Member group: VIP Gold', 'Contact date: 2026-11-01 to 2026-11-30',
    ]);
    const t = exportTranslator('zh-CN');
    expect(preambleLines('BRANCH', { ...none, contactedFrom: '2026-11-01' }, run, t)[6]).toEqual(['联络日期：2026-11-01 起']);
    expect(preambleLines('BRANCH', { ...none, contactedTo: '2026-11-30' }, run, t)[6]).toEqual(['联络日期：至 2026-11-30']);
  });

  it('words the lines in Thai too', () => {
    expect(preambleLines('SALESPERSON', none, run, exportTranslator('th'))[0]).toEqual(['วิเคราะห์แคมเปญติดต่อ - พนักงานขาย']);
  });
});

describe('headerRowOf', () => {
  it('puts the header after the preamble and a blank row, or first without a preamble', () => {
    expect(headerRowOf(0)).toBe(1);
    expect(headerRowOf(9)).toBe(11);
  });
});
