import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminBranchQuery } from '@/components/admin/branches/branch-documents';
import { BranchForm } from '@/components/admin/branches/branch-form';
import { BranchStateActions } from '@/components/admin/branches/branch-state-actions';
import styles from '@/components/admin/branches/branches.module.css';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { timeZoneChoices } from '@/services/admin/branch-input.schema';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../../require-viewer';
import { serverQuery } from '../../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.branches' });
  return { title: t('editTitleShort') };
}

/**
 * One branch: its details (a form for those who manage branches), closing or reopening it, and
 * the screens that keep the rest of its set-up — opening hours and closed days, member numbering.
 */
export default async function BranchPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const manage = can(viewer, Permission.BranchesManage);
  const [t, format, { branch }] = await Promise.all([getTranslations('admin.branches'), getFormatter(), serverQuery(AdminBranchQuery, { id, manage })]);
  const saved = (await searchParams).saved === '1';
  const closedOn = branch.closedAt ? format.dateTime(new Date(branch.closedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: branch.timeZone }) : null;
  return (
    <>
      <PageHeader title={t('editTitle', { code: branch.code, name: branch.label })} description={t('editDescription')}>
        <p>
          <Link href="/settings/branches" className="back-link">
            ← {t('backToList')}
          </Link>
        </p>
        {manage ? null : (
          <p className="alert alert--info" data-testid="settings-read-only">
            {t('readOnly')}
          </p>
        )}
      </PageHeader>
      <div className={styles.stack}>
        {saved ? (
          <p className="alert alert--success" role="status" data-testid="branch-saved">
            {t('saved')}
          </p>
        ) : null}
        {branch.open ? null : (
          <p className="alert alert--info" data-testid="branch-closed-banner">
            {t('closedBanner', { date: closedOn ?? '', by: branch.closedBy?.displayName ?? '' })}
          </p>
        )}
        <nav className="button-row" aria-label={t('relatedSettings')}>
          <Link href={{ pathname: '/settings/appointments/hours', query: { branch: branch.id } }} className="button button--secondary" data-testid="branch-hours-link">
            {t('hoursLink')}
          </Link>
          <Link href="/settings/numbering" className="button button--secondary" data-testid="branch-numbering-link">
            {t('numberingLink')}
          </Link>
        </nav>
        {manage ? (
          <BranchForm
            branchId={branch.id}
            initial={{
              code: branch.code,
              name: branch.name,
              translations: { zhHK: branch.translations.zhHK ?? '', en: branch.translations.en ?? '', zhCN: branch.translations.zhCN ?? '', th: branch.translations.th ?? '' },
              address: branch.address ?? '',
              phone: branch.phone ?? '',
              timeZone: branch.timeZone,
            }}
            timeZones={timeZoneChoices(branch.timeZone)}
          />
        ) : (
          <dl className="card" data-testid="branch-details">
            <dt>{t('name')}</dt>
            <dd>{branch.label}</dd>
            <dt>{t('address')}</dt>
            <dd>{branch.address ?? '—'}</dd>
            <dt>{t('phone')}</dt>
            <dd>{branch.phone ?? '—'}</dd>
            <dt>{t('timeZone')}</dt>
            <dd>{branch.timeZone}</dd>
          </dl>
        )}
        {manage ? (
          <BranchStateActions branchId={branch.id} code={branch.code} open={branch.open} memberCount={branch.memberCount ?? 0} activeStaffCount={branch.activeStaffCount ?? 0} />
        ) : null}
        {/* Per-branch points and discount rules (不同店面積分折扣規則) arrive with the loyalty work: their section goes here, under the branch's details. */}
      </div>
    </>
  );
}
