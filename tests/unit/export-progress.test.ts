import { exportProgress, isProgressId, PROGRESS_TTL_MS, trackExportProgress } from '../../services/reports/export-progress';

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

describe('export progress', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('counts rows up to done', () => {
    const tracker = trackExportProgress(1, 'counting', clock);
    expect(exportProgress(1, 'counting', now)).toEqual({ id: 'counting', rowsWritten: 0, totalRows: 0, done: false, failed: false });
    tracker.setTotal(1500);
    tracker.wrote(1000);
    tracker.wrote(500);
    expect(exportProgress(1, 'counting', now)).toMatchObject({ rowsWritten: 1500, totalRows: 1500, done: false });
    tracker.finish();
    expect(exportProgress(1, 'counting', now)).toMatchObject({ done: true, failed: false });
  });

  it('is keyed by staff member: another staff member with the same id sees nothing', () => {
    trackExportProgress(1, 'mine', clock).setTotal(10);
    expect(exportProgress(2, 'mine', now)).toBeNull();
    expect(exportProgress(1, 'unknown', now)).toBeNull();
  });

  it('keeps a failure final', () => {
    const tracker = trackExportProgress(1, 'broken', clock);
    tracker.wrote(5);
    tracker.fail();
    tracker.wrote(5);
    tracker.finish();
    expect(exportProgress(1, 'broken', now)).toMatchObject({ rowsWritten: 5, done: false, failed: true });
  });

  it('forgets an entry PROGRESS_TTL_MS after its last change', () => {
    const tracker = trackExportProgress(3, 'old', clock);
    now += PROGRESS_TTL_MS - 1;
    tracker.finish();
    now += PROGRESS_TTL_MS - 1;
    expect(exportProgress(3, 'old', now)).toMatchObject({ done: true });
    now += 1;
    expect(exportProgress(3, 'old', now)).toBeNull();
  });

  it('starts afresh when the same id is used again', () => {
    const first = trackExportProgress(4, 'again', clock);
    first.wrote(7);
    first.finish();
    trackExportProgress(4, 'again', clock);
    expect(exportProgress(4, 'again', now)).toEqual({ id: 'again', rowsWritten: 0, totalRows: 0, done: false, failed: false });
  });
});
