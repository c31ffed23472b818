import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminBranchesQuery } from '@/components/admin/branches/branch-documents';
import styles from '@/components/admin/branches/branches.module.css';
import { allNodes } from '@/components/contact-settings/all-pages';
import { NumberSequenceSettingsQuery } from '@/components/settings/settings-documents';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { defaultBranchSequence } from '@/services/numbering/member-number';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.branches' });
  return { title: t('title') };
}

/**
 * 店面管理: every branch, open and closed, with its phone, time zone, member-number prefix (kept
 * by the numbering settings) and, for those who manage branches, its member count.
 */
export default async function BranchesSettingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const manage = can(viewer, Permission.BranchesManage);
  const [t, format, branches, sequences] = await Promise.all([
    getTranslations('admin.branches'),
    getFormatter(),
    allNodes(async (after) => (await serverQuery(AdminBranchesQuery, { after, manage })).branches),
    allNodes(async (after) => (await serverQuery(NumberSequenceSettingsQuery, { after })).memberNumberSequences),
  ]);
  const prefixes = new Map(sequences.map((sequence) => [sequence.scope, sequence.prefix]));
  const saved = (await searchParams).saved === '1';
  type Row = (typeof branches)[number];
  return (
    <>
      <SettingsPageHeader section="branches" canEdit={manage} readOnlyNotice={<p className="alert alert--info" data-testid="settings-read-only">{t('readOnly')}</p>} />
      <div className={styles.stack}>
        {saved ? (
          <p className="alert alert--success" role="status" data-testid="branches-saved">
            {t('saved')}
          </p>
        ) : null}
        <div className="button-row">
          {manage ? (
            <Link href="/settings/branches/new" className="button button--primary" data-testid="branch-new">
              {t('new')}
            </Link>
          ) : null}
          <Link href="/settings/numbering" className="button button--secondary">
            {t('numberingLink')}
          </Link>
          <Link href="/settings/appointments/hours" className="button button--secondary">
            {t('hoursLink')}
          </Link>
        </div>
        <DataTable<Row>
          label={t('table')}
          rows={branches}
          rowKey={(row) => row.id}
          rowTestId={(row) => `branch-row-${row.code}`}
          emptyText={t('empty')}
          columns={[
            { header: t('code'), cell: (row) => row.code, rowHeader: true },
            { header: t('name'), cell: (row) => row.label },
            { header: t('phone'), cell: (row) => row.phone ?? '' },
            { header: t('timeZone'), cell: (row) => row.timeZone },
            {
              header: t('memberNumberPrefix'),
              cell: (row) => {
                const prefix = prefixes.get(`branch:${row.id}`);
                return prefix !== undefined ? <code>{prefix}</code> : <span className="muted">{t('prefixDefault', { prefix: defaultBranchSequence(row.code).prefix })}</span>;
              },
            },
            ...(manage ? [{ header: t('memberCount'), cell: (row: Row) => format.number(row.memberCount ?? 0) }] : []),
            {
              header: t('status'),
              cell: (row) =>
                row.open ? (
                  <span className="tag">{t('open')}</span>
                ) : (
                  <>
                    <span className="tag tag--muted">{t('closed')}</span>
                    <span className={styles.since}>{t('closedOn', { date: format.dateTime(new Date(row.closedAt as string), { dateStyle: 'medium', timeZone: row.timeZone }) })}</span>
                  </>
                ),
            },
            {
              header: t('actions'),
              cell: (row) => (
                <Link href={`/settings/branches/${row.id}`} className="button button--secondary" data-testid={`branch-edit-${row.code}`} aria-label={t(manage ? 'editLabel' : 'viewLabel', { code: row.code })}>
                  {manage ? t('edit') : t('view')}
                </Link>
              ),
            },
          ]}
        />
      </div>
      {/* Per-branch points and discount rules (不同店面積分折扣規則) arrive with the loyalty work: a column and a link to each branch's rules go here. */}
    </>
  );
}
