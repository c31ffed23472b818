import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';
import { getDataSource } from '@/db/data-source';
import { createLoaders } from '@/graphql/loaders';
import { DomainError } from '@/services/errors/domain-error';
import { formatMemberName } from '@/services/members/member-name';
import { MemberService } from '@/services/members/member.service';
import { requireViewer } from '../require-viewer';

const PAGE_SIZE = 50;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members' });
  return { title: t('title') };
}

export default async function MembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { after } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('members');
  const common = await getTranslations('common');
  const ds = await getDataSource();
  let page;
  try {
    page = await new MemberService(ds).list(viewer, { first: PAGE_SIZE, after: after ?? null });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    page = await new MemberService(ds).list(viewer, { first: PAGE_SIZE });
  }
  const loaders = createLoaders(ds);
  const [total, branches, groups] = await Promise.all([
    page.totalCount(),
    loaders.branch.loadMany(page.nodes.map((m) => m.branchId)),
    loaders.memberGroup.loadMany(page.nodes.map((m) => m.groupId)),
  ]);
  const name = (value: unknown) => (value && !(value instanceof Error) ? (value as { name: string }).name : common('notAvailable'));
  const last = page.nodes.at(-1);

  return (
    <>
      <PageHeader title={t('title')} description={t('count', { count: total })} />
      <div className="table-wrap">
        <table className="data-table" data-testid="members-table">
          <thead>
            <tr>
              <th scope="col">{t('column.memberNo')}</th>
              <th scope="col">{t('column.name')}</th>
              <th scope="col">{t('column.phone')}</th>
              <th scope="col">{t('column.email')}</th>
              <th scope="col">{t('column.group')}</th>
              <th scope="col">{t('column.branch')}</th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted">
                  {t('empty')}
                </td>
              </tr>
            ) : (
              page.nodes.map((member, i) => (
                <tr key={member.id}>
                  <td>{member.memberNo}</td>
                  <td>{formatMemberName(member)}</td>
                  <td>{[member.phone, member.phone2].filter(Boolean).join(', ') || common('notAvailable')}</td>
                  <td>{member.email ?? common('notAvailable')}</td>
                  <td>{name(groups[i])}</td>
                  <td>{name(branches[i])}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label={t('pager')}>
        {after ? (
          <Link className="button button--secondary" href="/members">
            {t('firstPage')}
          </Link>
        ) : null}
        {page.hasNextPage && last ? (
          <Link className="button button--secondary" href={{ pathname: '/members', query: { after: page.cursorOf(last) } }} data-testid="members-next">
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
