'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname, useRouter } from '@/i18n/navigation';
import type { DayBranchFragment } from '@/graphql/generated/graphql';
import { DAY_VIEWS, dayViewPath, type DayView } from '../day/day-views';
import { dayQuery, isLocalDate, shiftDate } from './day-params';
import styles from './boards.module.css';

type Props = { view: DayView; branches: DayBranchFragment[]; branchId: string; date: string; today: string };

/**
 * The appointment views' shared bar: links between home, 日曆, 到達版面 and 完成版面 (keeping the
 * branch and day), and the branch and day pickers, which live in the URL so a view can be shared.
 */
export function AppointmentsDayBar({ view, branches, branchId, date, today }: Props) {
  const t = useTranslations('appointments.dayBar');
  const router = useRouter();
  const pathname = usePathname();
  const go = (nextBranch: string, nextDate: string) => router.replace(`${pathname}?${dayQuery(nextBranch, nextDate)}`);
  const query = dayQuery(branchId, date);

  return (
    <div className={styles.dayBar}>
      <nav className="subnav" aria-label={t('views')} data-testid="appointments-subnav">
        {DAY_VIEWS.map((item) => (
          <Link
            key={item}
            href={`${dayViewPath(item)}?${query}`}
            className="subnav__link"
            aria-current={item === view ? 'page' : undefined}
            data-testid={`appointments-view-${item}`}
          >
            {t(`view.${item}`)}
          </Link>
        ))}
      </nav>
      <div className={styles.pickers}>
        <div className="field">
          <label htmlFor="appointments-branch">{t('branch')}</label>
          <select id="appointments-branch" className="select" value={branchId} onChange={(e) => go(e.target.value, date)} data-testid="appointments-branch">
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {`${b.name} (${b.code})`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="appointments-date">{t('date')}</label>
          <input
            id="appointments-date"
            type="date"
            className="input"
            value={date}
            onChange={(e) => isLocalDate(e.target.value) && go(branchId, e.target.value)}
            data-testid="appointments-date"
          />
        </div>
        <div className="button-row" role="group" aria-label={t('moveDay')}>
          <button type="button" className="button button--secondary" onClick={() => go(branchId, shiftDate(date, -1))} data-testid="appointments-previous-day">
            {t('previousDay')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => go(branchId, today)} disabled={date === today} data-testid="appointments-today">
            {t('today')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => go(branchId, shiftDate(date, 1))} data-testid="appointments-next-day">
            {t('nextDay')}
          </button>
        </div>
      </div>
    </div>
  );
}
