import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RECYCLE_BIN_PAGE_SIZE, RecycleBinItemsQuery } from '@/components/admin/recycle-bin/recycle-bin-documents';
import { RecycleBinTable } from '@/components/admin/recycle-bin/recycle-bin-table';
import { typeKey } from '@/components/admin/recycle-bin/recycle-bin-type-key';
import { getDataSource } from '@/db/data-source';
import type { RecycleBinType } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { Permission } from '@/services/admin/permission';
import { SystemSettingsService } from '@/services/admin/system-settings.service';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ type?: string; after?: string }> };

/** The kinds in the order the tabs show them (the API's enum values). */
const TYPES: readonly RecycleBinType[] = ['Member', 'ContactLog', 'Campaign', 'Offer', 'Treatment', 'Equipment', 'Room', 'ContactStatus', 'ContactMethod', 'PresetNote', 'Role'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.recycleBin' });
  return { title: t('title') };
}

/**
 * 數據回收站: every deletion the viewer may see (members within their member scope, contact notes
 * within their contact scope, settings rows they may manage), by kind, with restore and, for those
 * holding recycleBin.purge, permanent deletion. The page of entries is read here, as the viewer.
 */
export default async function RecycleBinPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const search = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('admin.recycleBin');
  if (!can(viewer, Permission.RecycleBinRestore)) {
    const notice = (
      <p className="alert alert--info" data-testid="settings-read-only">
        {t('notAllowed')}
      </p>
    );
    return <SettingsPageHeader section="recycleBin" canEdit={false} readOnlyNotice={notice} />;
  }
  const type = TYPES.find((candidate) => candidate === search.type) ?? null;
  const after = search.after ?? null;
  const [{ recycleBinItems }, settings] = await Promise.all([
    serverQuery(RecycleBinItemsQuery, { type, first: RECYCLE_BIN_PAGE_SIZE, after }),
    new SystemSettingsService(await getDataSource()).get(),
  ]);
  const query = (extra: Record<string, string>) => ({ ...(type ? { type } : {}), ...extra });

  return (
    <>
      <SettingsPageHeader section="recycleBin" canEdit />
      <p data-testid="recycle-bin-summary">
        {t('summary', { count: recycleBinItems.totalCount })} {t('retention', { days: settings.recycleBinRetentionDays })}
      </p>
      <nav className="subnav" aria-label={t('filterLabel')} data-testid="recycle-bin-types">
        <Link href="/settings/recycle-bin" className="subnav__link" aria-current={type === null ? 'page' : undefined}>
          {t('type.all')}
        </Link>
        {TYPES.map((candidate) => (
          <Link
            key={candidate}
            href={{ pathname: '/settings/recycle-bin', query: { type: candidate } }}
            className="subnav__link"
            aria-current={candidate === type ? 'page' : undefined}
            data-testid={`recycle-bin-type-${candidate}`}
          >
            {t(`type.${typeKey(candidate)}`)}
          </Link>
        ))}
      </nav>
      <RecycleBinTable
        key={`${type ?? ''}:${after ?? ''}`}
        items={recycleBinItems.nodes}
        type={type}
        canRestore={can(viewer, Permission.RecycleBinRestore)}
        canPurge={can(viewer, Permission.RecycleBinPurge)}
      />
      <nav className="pager" aria-label={t('pager')}>
        {after ? (
          <Link className="button button--secondary" href={{ pathname: '/settings/recycle-bin', query: query({}) }}>
            {t('firstPage')}
          </Link>
        ) : null}
        {recycleBinItems.pageInfo.hasNextPage && recycleBinItems.pageInfo.endCursor ? (
          <Link className="button button--secondary" href={{ pathname: '/settings/recycle-bin', query: query({ after: recycleBinItems.pageInfo.endCursor }) }}>
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
