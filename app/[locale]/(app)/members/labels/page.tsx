import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { getDataSource } from '@/db/data-source';
import { Gender } from '@/services/members/gender';
import { Link } from '@/i18n/navigation';
import { DomainError } from '@/services/errors/domain-error';
import { formatMemberName } from '@/services/members/member-name';
import { addressLines, chunkIntoSheets, labelNameLine } from '@/services/labels/label-sheet';
import { loadLabelPage } from '@/services/labels/label-sheet.service';
import { loadMemberSelection, type Selection } from '@/services/selections/member-selection.service';
import type { Viewer } from '@/services/auth/viewer';
import { MissingPermission } from '@/components/admin/missing-permission';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { PrintButton } from './print-button';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ selection?: string; after?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'labels' });
  return { title: t('title') };
}

/** Label stock is cut to the whole A4 sheet: the printer must not add margins of its own. */
const PAGE_RULE = '@page { size: A4; margin: 0; }';

const positiveInt = (value: string | undefined) => (value && /^\d{1,15}$/.test(value) ? Number(value) : null);

async function ownSelection(viewer: Viewer, id: number | null): Promise<Selection> {
  if (!id) notFound();
  try {
    return await loadMemberSelection(await getDataSource(), viewer, id);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}

/** The printable A4 label sheet of a saved selection (seed 000 列印標籤). */
export default async function MemberLabelsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { selection: selectionParam, after } = await searchParams;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('labels');
  if (!can(viewer, Permission.DataExport)) {
    return (
      <>
        <PageHeader title={t('title')} />
        <MissingPermission permission={Permission.DataExport} testId="labels-forbidden" />
      </>
    );
  }
  const selection = await ownSelection(viewer, positiveInt(selectionParam));
  const page = await loadLabelPage(await getDataSource(), viewer, selection, { after: positiveInt(after) ?? 0 });
  const sheets = chunkIntoSheets(page.labelled);
  const patterns: Record<Gender, string> = {
    [Gender.FEMALE]: t.raw('name.female') as string,
    [Gender.MALE]: t.raw('name.male') as string,
    [Gender.UNKNOWN]: t.raw('name.unknown') as string,
  };

  return (
    <>
      <style>{PAGE_RULE}</style>
      <div className="label-screen-only">
        <PageHeader title={t('title')} description={t('summary', { count: page.labelled.length, sheets: sheets.length })}>
          <div className="label-actions">
            {sheets.length ? <PrintButton label={t('print')} /> : null}
            <Link className="button button--secondary" href="/members">
              {t('back')}
            </Link>
          </div>
        </PageHeader>
        {page.nextAfter ? (
          <div className="alert" role="status" data-testid="labels-capped">
            <p>{t('capped', { shown: page.labelled.length })}</p>
            <Link className="button button--secondary" href={{ pathname: '/members/labels', query: { selection: selection.id, after: page.nextAfter } }}>
              {t('next')}
            </Link>
          </div>
        ) : null}
        {sheets.length === 0 ? <p className="muted">{t('empty')}</p> : null}
      </div>

      <div className="label-sheets" data-testid="label-sheets">
        {sheets.map((sheet, index) => (
          <section key={sheet[0].id} className="label-sheet" aria-label={t('sheet', { number: index + 1 })}>
            {sheet.map((member) => (
              <div key={member.id} className="label">
                <p className="label__name">{labelNameLine(member, patterns)}</p>
                {addressLines(member.address).map((line, i) => (
                  <p key={i} className="label__address">
                    {line}
                  </p>
                ))}
                <p className="label__member-no">{member.memberNo}</p>
              </div>
            ))}
          </section>
        ))}
      </div>

      {page.withoutAddressCount ? (
        <section className="label-screen-only label-missing" data-testid="labels-without-address">
          <h2>{t('noAddress.title', { count: page.withoutAddressCount })}</h2>
          <p className="muted">{t('noAddress.description')}</p>
          <TableScroll label={t('noAddress.title', { count: page.withoutAddressCount })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('column.memberNo')}</th>
                  <th scope="col">{t('column.name')}</th>
                </tr>
              </thead>
              <tbody>
                {page.withoutAddress.map((member) => (
                  <tr key={member.id}>
                    <td>
                      <Link href={`/members/${member.id}`}>{member.memberNo}</Link>
                    </td>
                    <td>{formatMemberName(member)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {page.withoutAddressCount > page.withoutAddress.length ? (
            <p className="muted">{t('noAddress.more', { count: page.withoutAddressCount - page.withoutAddress.length })}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
