import type { InvoiceFilter as InvoiceFilterInput, InvoiceLineKind, InvoiceStatus } from '@/graphql/generated/graphql';

/**
 * The invoice list's filters as the page's address carries them (all strings; amounts in currency
 * units). `branch` may name several branches, comma-separated (統計分析 opens the list for its
 * branches); kind, product, treatment, category and department are its drill-through's line filters.
 */
export type InvoiceFilterForm = {
  branch: string;
  from: string;
  to: string;
  member: string;
  staff: string;
  tender: string;
  status: string;
  kind: string;
  product: string;
  treatment: string;
  category: string;
  department: string;
  min: string;
  max: string;
  number: string;
};

export const EMPTY_FILTER: InvoiceFilterForm = {
  branch: '', from: '', to: '', member: '', staff: '', tender: '', status: '', kind: '', product: '', treatment: '', category: '', department: '', min: '', max: '', number: '',
};

const KEYS = Object.keys(EMPTY_FILTER) as Array<keyof InvoiceFilterForm>;
const STATUSES: readonly string[] = ['ISSUED', 'VOIDED'];
const KINDS: readonly string[] = ['PRODUCT', 'TREATMENT'];
const IDS = /^\d{1,15}(,\d{1,15}){0,99}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^\d{1,15}$/;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** The form from the address; values that cannot be a filter are dropped rather than refused. */
export function formFromParams(params: Params): InvoiceFilterForm {
  const form = Object.fromEntries(KEYS.map((key) => [key, read(params, key)])) as InvoiceFilterForm;
  if (!IDS.test(form.branch)) form.branch = '';
  for (const key of ['member', 'staff', 'tender', 'product', 'treatment', 'category', 'department'] as const) if (!ID.test(form[key])) form[key] = '';
  for (const key of ['from', 'to'] as const) if (!DAY.test(form[key])) form[key] = '';
  for (const key of ['min', 'max'] as const) if (!(Number(form[key]) >= 0) || form[key] === '') form[key] = '';
  if (!STATUSES.includes(form.status)) form.status = '';
  if (!KINDS.includes(form.kind)) form.kind = '';
  form.number = form.number.slice(0, 30);
  return form;
}

/** The address's query string for a form (empty fields left out) and, optionally, a page cursor. */
export function paramsFromForm(form: InvoiceFilterForm, after?: string | null): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (form[key].trim()) params.set(key, form[key].trim());
  if (after) params.set('after', after);
  return params.toString();
}

/** Currency units typed ("120.5") as integer cents. */
const cents = (units: string) => Math.round(Number(units) * 100);

/** The API's filter for a form: empty fields are left out, so "all" is no filter. */
export function filterFromForm(form: InvoiceFilterForm): InvoiceFilterInput {
  const filter: InvoiceFilterInput = {};
  if (form.branch) filter.branchIds = form.branch.split(',');
  if (form.from) filter.from = form.from;
  if (form.to) filter.to = form.to;
  if (form.member) filter.memberId = form.member;
  if (form.staff) filter.staffId = form.staff;
  if (form.tender) filter.tenderTypeId = form.tender;
  if (form.status) filter.status = form.status as InvoiceStatus;
  if (form.kind) filter.kind = form.kind as InvoiceLineKind;
  if (form.product) filter.productId = form.product;
  if (form.treatment) filter.treatmentId = form.treatment;
  if (form.category) filter.categoryId = form.category;
  if (form.department) filter.departmentId = form.department;
  if (form.min) filter.minTotalCents = cents(form.min);
  if (form.max) filter.maxTotalCents = cents(form.max);
  if (form.number.trim()) filter.number = form.number.trim();
  return filter;
}

/** The export route's address for the list as filtered, in the viewer's language. */
export function invoiceExportUrl(filter: InvoiceFilterInput, locale: string): string {
  return `/api/sales/invoices/export?${new URLSearchParams({ filter: JSON.stringify(filter), locale }).toString()}`;
}
