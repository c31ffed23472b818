import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { CampaignListQuery } from '@/components/campaigns/campaign-documents';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'campaigns' });
  return { title: t('title') };
}

export default async function CampaignsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const query = await searchParams;
  const archived = one(query.archived) === '1';
  const search = one(query.search)?.trim() || null;
  const after = one(query.after) || null;
  const canEdit = canEditContactSettings(viewer);
  const [t, data] = await Promise.all([
    getTranslations('campaigns'),
    serverQuery(CampaignListQuery, { archived, search, after }),
  ]);
  const { nodes, pageInfo, totalCount } = data.campaigns;
  const link = (changes: Record<string, string | null>) => {
    const next: Record<string, string> = {};
    if (archived) next.archived = '1';
    if (search) next.search = search;
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) delete next[key];
      else next[key] = value;
    }
    return { pathname: '/contacts/campaigns', query: next };
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ContactsSubnav current="campaigns" />
      </PageHeader>
      <form className="button-row" method="get" role="search" data-testid="campaign-search">
        {archived ? <input type="hidden" name="archived" value="1" /> : null}
        <label htmlFor="campaign-search-input" className="visually-hidden">
          {t('search')}
        </label>
        <input id="campaign-search-input" className="input" name="search" defaultValue={search ?? ''} placeholder={t('searchPlaceholder')} />
        <button type="submit" className="button button--secondary">
          {t('searchButton')}
        </button>
        <Link href={link({ archived: archived ? null : '1' })} className="button button--secondary" data-testid="campaigns-archived-toggle">
          {archived ? t('hideArchived') : t('showArchived')}
        </Link>
        {canEdit ? (
          <Link href="/contacts/campaigns/new" className="button button--primary" data-testid="campaign-new">
            {t('new')}
          </Link>
        ) : null}
      </form>
      <p className="muted" data-testid="campaigns-total">
        {t('total', { count: totalCount })}
      </p>
      <TableScroll label={t('tableCaption')}>
        <table className="data-table" data-testid="campaigns-table">
          <caption className="visually-hidden">{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('offerCode')}</th>
              <th scope="col">{t('analysisCode')}</th>
              <th scope="col">{t('memberCount')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              nodes.map((row) => (
                <tr key={row.id} data-testid={`campaign-row-${row.code}`}>
                  <td>{row.code}</td>
                  <td>
                    {row.name} {row.archived ? <span className="tag tag--muted">{t('archived')}</span> : null}
                  </td>
                  <td>{row.offerCode ?? ''}</td>
                  <td>{row.analysisCode ?? ''}</td>
                  <td>{row.memberCount.toLocaleString(locale)}</td>
                  <td>
                    <Link href={`/contacts/campaigns/${row.id}`} className="button button--secondary" data-testid={`campaign-edit-${row.code}`}>
                      {canEdit ? t('edit') : t('view')}
                    </Link>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableScroll>
      <nav className="pager" aria-label={t('pager')}>
        {after ? (
          <Link href={link({ after: null })} className="button button--secondary">
            {t('firstPage')}
          </Link>
        ) : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <Link href={link({ after: pageInfo.endCursor })} className="button button--secondary" data-testid="campaigns-next">
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
