'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { exportErrorMessage, fileNameFromDisposition, newProgressId } from './download';
import { formatCount } from './format';
import type { ReportExportProgressQuery } from '@/graphql/generated/graphql';
import { loadExportProgress } from './load-analysis';
import type { ReportFilterInput } from '../report-filter';
import { ANALYSIS_VIEWS, exportUrl, type AnalysisView } from './report-params';
import filterStyles from '../report-filter-form.module.css';
import styles from './analysis.module.css';

const POLL_MS = 500;

type ExportProgress = NonNullable<ReportExportProgressQuery['reportExportProgress']>;

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | null }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Hands a downloaded file to the browser under its name. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * 匯出: tick one or several views (one sheet each; the current view by default) and download the
 * workbook. The route streams it; while it does, reportExportProgress is polled every 500 ms for
 * the progress bar.
 */
export function ExportPanel({ view, filter, onClose }: { view: AnalysisView; filter: ReportFilterInput; onClose: () => void }) {
  const t = useTranslations('reports.analysis');
  const locale = useLocale();
  const client = useApolloClient();
  const id = useId();
  const [views, setViews] = useState<AnalysisView[]>([view]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const unmounted = useRef(false);

  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);

  const update = (next: State | ((current: State) => State)) => {
    if (!unmounted.current) setState(next);
  };

  async function download() {
    const progressId = newProgressId();
    update({ kind: 'running', progress: null });
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!polling) return;
        try {
          const progress = await loadExportProgress(client, progressId);
          if (polling && progress) update((s) => (s.kind === 'running' ? { kind: 'running', progress } : s));
        } catch {
          // Progress is a courtesy: the download itself reports success or failure.
          return;
        }
      }
    };
    void poll();
    try {
      const chosen = ANALYSIS_VIEWS.filter((v) => views.includes(v));
      const response = await fetch(exportUrl(chosen, filter, locale, progressId));
      if (!response.ok || !response.body) {
        const body: unknown = await response.json().catch(() => null);
        throw new Error(exportErrorMessage(body, response.statusText || `HTTP ${response.status}`));
      }
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      const file = fileNameFromDisposition(response.headers.get('content-disposition')) ?? t('exportPanel.fallbackName');
      save(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }), file);
      update({ kind: 'done', file });
    } catch (error) {
      update({ kind: 'failed', message: messageOf(error) });
    } finally {
      polling = false;
    }
  }

  const running = state.kind === 'running';
  const progress = running ? state.progress : null;

  return (
    <section className={`card ${styles.exportPanel} report-no-print`} aria-labelledby={`${id}-title`} data-testid="analysis-export-panel">
      <h3 id={`${id}-title`} className={styles.chartTitle}>
        {t('exportPanel.title')}
      </h3>
      <fieldset className={filterStyles.choices} disabled={running}>
        <legend>{t('exportPanel.views')}</legend>
        <div className={filterStyles.choiceList}>
          {ANALYSIS_VIEWS.map((v) => (
            <label key={v} className={`${filterStyles.choice} ${styles.check}`}>
              <input
                type="checkbox"
                checked={views.includes(v)}
                onChange={() => setViews((current) => (current.includes(v) ? current.filter((x) => x !== v) : [...current, v]))}
                data-testid={`analysis-export-view-${v}`}
              />
              {t(`views.${v}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {views.length === 0 ? <p className="muted">{t('exportPanel.chooseOne')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={running || views.length === 0} onClick={download} data-testid="analysis-export-download">
          {t('exportPanel.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose} disabled={running} data-testid="analysis-export-close">
          {t('exportPanel.close')}
        </button>
      </div>
      {running ? (
        <div className={styles.progress} role="status" data-testid="analysis-export-progress">
          <progress
            aria-label={t('exportPanel.progressLabel')}
            value={progress?.totalRows ? progress.rowsWritten : undefined}
            max={progress?.totalRows || undefined}
          />
          <span>
            {!progress
              ? t('exportPanel.starting')
              : progress.totalRows > 0
                ? t('exportPanel.progress', { written: formatCount(progress.rowsWritten, locale), total: formatCount(progress.totalRows, locale) })
                : t('exportPanel.progressUnknown', { written: formatCount(progress.rowsWritten, locale) })}
          </span>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <p className="alert alert--success" role="status" data-testid="analysis-export-done">
          {t('exportPanel.done', { file: state.file })}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="alert alert--error" role="alert" data-testid="analysis-export-error">
          {t('exportPanel.failed', { message: state.message })}
        </p>
      ) : null}
    </section>
  );
}
