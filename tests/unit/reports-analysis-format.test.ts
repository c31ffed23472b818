import { exportErrorMessage, fileNameFromDisposition, newProgressId } from '@/components/reports/analysis/download';
import { formatCount, formatRatio, pageCount } from '@/components/reports/analysis/format';

describe('report number formatting', () => {
  it('shows the API\'s ratios with exactly two decimals, as the seed does', () => {
    expect(formatRatio(0.3333, 'zh-HK')).toBe('33.33%');
    expect(formatRatio(0.6667, 'en')).toBe('66.67%');
    expect(formatRatio(0.0139, 'zh-CN')).toBe('1.39%');
    expect(formatRatio(1, 'th')).toBe('100.00%');
    expect(formatRatio(0, 'en')).toBe('0.00%');
  });

  it('follows the locale\'s way of writing numbers', () => {
    expect(formatRatio(0.6933, 'de')).toBe('69,33\u00a0%');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });

  it('counts pages of rows, an empty report being one page', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
  });
});

describe('export download helpers', () => {
  it('prefers the UTF-8 file name of Content-Disposition', () => {
    const header = `attachment; filename="campaign-analysis.xlsx"; filename*=UTF-8''${encodeURIComponent('聯絡活動分析 2020-05-04.xlsx')}`;
    expect(fileNameFromDisposition(header)).toBe('聯絡活動分析 2020-05-04.xlsx');
  });

  it('falls back to the plain file name, and to null without one', () => {
    expect(fileNameFromDisposition('attachment; filename="report.xlsx"')).toBe('report.xlsx');
    expect(fileNameFromDisposition('attachment; filename=report.xlsx')).toBe('report.xlsx');
    expect(fileNameFromDisposition("attachment; filename=\"plain.xlsx\"; filename*=UTF-8''%E0%A4%A")).toBe('plain.xlsx');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });

  it('shows the route\'s JSON error message, else the status text', () => {
    expect(exportErrorMessage({ error: { code: 'BAD_USER_INPUT', message: '活動無效' } }, 'Bad Request')).toBe('活動無效');
    expect(exportErrorMessage(null, 'Bad Gateway')).toBe('Bad Gateway');
    expect(exportErrorMessage({ error: 'x' }, 'Bad Request')).toBe('Bad Request');
  });

  it('makes v4 UUIDs from random bytes', () => {
    const zeros = newProgressId((bytes) => bytes.fill(0));
    expect(zeros).toBe('00000000-0000-4000-8000-000000000000');
    const ones = newProgressId((bytes) => bytes.fill(0xff));
    expect(ones).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newProgressId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newProgressId()).not.toBe(newProgressId());
  });
});
