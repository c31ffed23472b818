import { isProgressId, progressShown, PROGRESS_TTL_MS } from '../../services/reports/export-progress';

describe('isProgressId', () => {
  it('accepts 1–64 letters, digits and dashes', () => {
    expect(isProgressId('3f2b8c1e-9a4d-4e2b-8f00-1c2d3e4f5a6b')).toBe(true);
    expect(isProgressId('a'.repeat(64))).toBe(true);
    expect(isProgressId('a'.repeat(65))).toBe(false);
    expect(isProgressId('')).toBe(false);
    expect(isProgressId('a b')).toBe(false);
    expect(isProgressId('a_b')).toBe(false);
    expect(isProgressId(42)).toBe(false);
  });
});

describe('progressShown', () => {
  const finished = new Date('2030-01-01T00:00:00Z');
  const later = (ms: number) => new Date(finished.getTime() + ms);

  it('shows a running export, and a finished one until PROGRESS_TTL_MS after it finished', () => {
    expect(progressShown(null, later(10 * PROGRESS_TTL_MS))).toBe(true);
    expect(progressShown(finished, later(PROGRESS_TTL_MS - 1))).toBe(true);
    expect(progressShown(finished, later(PROGRESS_TTL_MS))).toBe(false);
  });
});
