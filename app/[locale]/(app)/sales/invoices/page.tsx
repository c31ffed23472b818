import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { PageHeader } from '@/components/page-header';
import {
  INVOICE_PAGE_SIZE, InvoiceFilterChoicesQuery, InvoiceFilterMemberQuery, InvoiceFilterProductQuery, InvoiceFilterTreatmentQuery, InvoicesQuery,
} from '@/components/sales/invoices/invoice-documents';
import { filterFromForm, formFromParams, paramsFromForm } from '@/components/sales/invoices/invoice-filter-params';
import { InvoiceList } from '@/components/sales/invoices/invoice-list';
import type { PickedMember } from '@/components/sales/invoices/member-picker';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'sales.invoices' });
  return { title: t('title') };
}

/** The chosen member's name; a member the viewer may no longer open is shown by number only. */
async function pickedMember(id: string): Promise<PickedMember | null> {
  if (!id) return null;
  try {
    return (await serverQuery(InvoiceFilterMemberQuery, { id })).member;
  } catch {
    return { id, memberNo: `#${id}`, displayName: '' };
  }
}

/** The product or treatment filtered by, as "code name"; by id alone when it cannot be read. */
async function filteredItem(form: { product: string; treatment: string }): Promise<string | null> {
  try {
    if (form.product) {
      const { product } = await serverQuery(InvoiceFilterProductQuery, { id: form.product });
      return `${product.code} ${product.label}`;
    }
    if (form.treatment) {
      const { treatment } = await serverQuery(InvoiceFilterTreatmentQuery, { id: form.treatment });
      return `${treatment.code} ${treatment.name}`;
    }
  } catch {
    return `#${form.product || form.treatment}`;
  }
  return null;
}

/**
 * 發票查詢: the invoices the viewer may see for the filter in the address (so a filtered list can
 * be bookmarked, shared and reloaded), a page at a time with the total; read here as the viewer.
 */
export default async function InvoicesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('sales.invoices');
  if (!can(viewer, Permission.SalesView)) return <MissingPermission permission={Permission.SalesView} testId="invoices-forbidden" />;
  const query = await searchParams;
  const form = formFromParams(query);
  const after = typeof query.after === 'string' && query.after ? query.after : null;
  const [{ invoices }, choices, member, item] = await Promise.all([
    serverQuery(InvoicesQuery, { filter: filterFromForm(form), first: INVOICE_PAGE_SIZE, after }),
    serverQuery(InvoiceFilterChoicesQuery),
    pickedMember(form.member),
    filteredItem(form),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <InvoiceList
        key={paramsFromForm(form, after)}
        page={invoices}
        form={form}
        member={member}
        item={item}
        choices={choices}
        canExport={can(viewer, Permission.DataExport)}
        paged={after !== null}
      />
    </>
  );
}
