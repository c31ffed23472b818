'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import type { InvoiceFilterChoicesQuery as Choices, InvoicesQuery } from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { TableScroll } from '@/components/ui/table-scroll';
import { filterFromForm, invoiceExportUrl, paramsFromForm, EMPTY_FILTER, type InvoiceFilterForm } from './invoice-filter-params';
import { InvoiceRows } from './invoice-rows';
import { MemberPicker, type PickedMember } from './member-picker';
import styles from './invoices.module.css';

/**
 * 發票查詢: the filter panel (branch, dates, member by number or phone, staff credited, tender,
 * status, line kind, category, department, amount, number; a product or treatment only as
 * 統計分析 opens it, shown with a way to drop it) kept in the page's address, the page of invoices the server read for
 * it with the total, the next page by cursor, and the export of the same filtered list.
 */
export function InvoiceList({
  page,
  form: applied,
  member,
  item,
  choices,
  canExport,
  paged,
}: {
  page: InvoicesQuery['invoices'];
  form: InvoiceFilterForm;
  member: PickedMember | null;
  /** The product or treatment filtered by (統計分析's drill-through), named; null when none. */
  item: string | null;
  choices: Choices;
  canExport: boolean;
  /** Whether this is a page after the first (the address carries a cursor). */
  paged: boolean;
}) {
  const t = useTranslations('sales.invoices');
  const status = useTranslations('sales.invoices.status');
  const kinds = useTranslations('sales.invoices.detail.kind');
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [form, setForm] = useState<InvoiceFilterForm>(applied);
  const [picked, setPicked] = useState<PickedMember | null>(member);
  const set = (key: keyof InvoiceFilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(`/sales/invoices?${paramsFromForm(form)}`);
  }

  function reset() {
    setForm(EMPTY_FILTER);
    setPicked(null);
    router.push('/sales/invoices');
  }

  function pickMember(next: PickedMember | null) {
    setPicked(next);
    set('member')(next?.id ?? '');
  }

  return (
    <div className={styles.page} data-testid="invoice-list">
      <form className={`card ${styles.filters}`} onSubmit={submit} aria-labelledby={`${id}-legend`} data-testid="invoice-filters">
        <h2 id={`${id}-legend`} className={styles.filtersTitle}>
          {t('filters.legend')}
        </h2>
        <div className={styles.grid}>
          <div className="field">
            <label htmlFor={`${id}-branch`}>{t('filters.branch')}</label>
            <select id={`${id}-branch`} className="input" value={form.branch} onChange={(e) => set('branch')(e.target.value)} data-testid="invoice-filter-branch">
              <option value="">{t('filters.anyBranch')}</option>
              {form.branch.includes(',') ? <option value={form.branch}>{t('filters.severalBranches', { count: form.branch.split(',').length })}</option> : null}
              {choices.branches.nodes.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input id={`${id}-from`} className="input" type="date" max={form.to || undefined} value={form.from} onChange={(e) => set('from')(e.target.value)} data-testid="invoice-filter-from" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input id={`${id}-to`} className="input" type="date" min={form.from || undefined} value={form.to} onChange={(e) => set('to')(e.target.value)} data-testid="invoice-filter-to" />
          </div>
          <MemberPicker picked={picked} onPick={pickMember} />
          <div className="field">
            <label htmlFor={`${id}-staff`}>{t('filters.staff')}</label>
            <select id={`${id}-staff`} className="input" value={form.staff} onChange={(e) => set('staff')(e.target.value)} data-testid="invoice-filter-staff">
              <option value="">{t('filters.anyStaff')}</option>
              {choices.staffMembers.nodes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName} ({s.code})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-tender`}>{t('filters.tender')}</label>
            <select id={`${id}-tender`} className="input" value={form.tender} onChange={(e) => set('tender')(e.target.value)} data-testid="invoice-filter-tender">
              <option value="">{t('filters.anyTender')}</option>
              {choices.tenderTypes.nodes.map((tender) => (
                <option key={tender.id} value={tender.id}>
                  {tender.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
            <select id={`${id}-status`} className="input" value={form.status} onChange={(e) => set('status')(e.target.value)} data-testid="invoice-filter-status">
              <option value="">{t('filters.anyStatus')}</option>
              <option value="ISSUED">{status('ISSUED')}</option>
              <option value="VOIDED">{status('VOIDED')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
            <select id={`${id}-kind`} className="input" value={form.kind} onChange={(e) => set('kind')(e.target.value)} data-testid="invoice-filter-kind">
              <option value="">{t('filters.anyKind')}</option>
              <option value="PRODUCT">{kinds('PRODUCT')}</option>
              <option value="TREATMENT">{kinds('TREATMENT')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('filters.category')}</label>
            <select id={`${id}-category`} className="input" value={form.category} onChange={(e) => set('category')(e.target.value)} data-testid="invoice-filter-category">
              <option value="">{t('filters.anyCategory')}</option>
              {choices.productCategories.nodes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-department`}>{t('filters.department')}</label>
            <select id={`${id}-department`} className="input" value={form.department} onChange={(e) => set('department')(e.target.value)} data-testid="invoice-filter-department">
              <option value="">{t('filters.anyDepartment')}</option>
              {choices.departments.nodes.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          {item ? (
            <div className="field" data-testid="invoice-filter-item">
              <span>{t('filters.item')}</span>
              <span>
                {item}{' '}
                <button type="button" className="button button--secondary" onClick={() => setForm((f) => ({ ...f, product: '', treatment: '' }))} data-testid="invoice-filter-item-clear">
                  {t('filters.clearItem')}
                </button>
              </span>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-min`}>{t('filters.minAmount')}</label>
            <input id={`${id}-min`} className="input" type="number" min={0} step="0.01" inputMode="decimal" value={form.min} onChange={(e) => set('min')(e.target.value)} data-testid="invoice-filter-min" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>{t('filters.maxAmount')}</label>
            <input id={`${id}-max`} className="input" type="number" min={form.min || 0} step="0.01" inputMode="decimal" value={form.max} onChange={(e) => set('max')(e.target.value)} data-testid="invoice-filter-max" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-number`}>{t('filters.number')}</label>
            <input id={`${id}-number`} className="input" maxLength={30} autoCapitalize="characters" value={form.number} onChange={(e) => set('number')(e.target.value)} data-testid="invoice-filter-number" />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" data-testid="invoice-filter-apply">
            {t('filters.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={reset} data-testid="invoice-filter-reset">
            {t('filters.reset')}
          </button>
          {canExport ? (
            <a className="button button--secondary" href={invoiceExportUrl(filterFromForm(applied), locale)} download data-testid="invoice-export">
              {t('export.button')}
            </a>
          ) : null}
        </div>
      </form>
      <p className={`muted ${styles.total}`} aria-live="polite" data-testid="invoice-total">
        {t('total', { count: page.totalCount })}
      </p>
      <TableScroll label={t('caption')}>
        <InvoiceRows rows={page.nodes} caption={t('caption')} testId="invoice-table" />
      </TableScroll>
      {paged || page.pageInfo.hasNextPage ? (
        <nav className="button-row" aria-label={t('paging')}>
          {paged ? (
            <Link className="button button--secondary" href={`/sales/invoices?${paramsFromForm(applied)}`} data-testid="invoice-first-page">
              {t('firstPage')}
            </Link>
          ) : null}
          {page.pageInfo.hasNextPage ? (
            <Link className="button button--secondary" href={`/sales/invoices?${paramsFromForm(applied, page.pageInfo.endCursor)}`} data-testid="invoice-next-page">
              {t('nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
