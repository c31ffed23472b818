/** Invoice statuses as the filter names them (the entity's InvoiceStatus values). */
export type InvoiceStatusName = 'ISSUED' | 'VOIDED';
/** Line kinds as the filter names them (the entity's InvoiceLineKind values). */
export type InvoiceLineKindName = 'PRODUCT' | 'TREATMENT';

/**
 * The invoice list's filters (發票查詢), each usable alone or with the others; absent means "any".
 * Dates are business days (YYYY-MM-DD in the branch's time zone), both ends inclusive; amounts
 * are the invoice total in cents, both ends inclusive.
 */
export type InvoiceFilter = {
  branchIds?: number[];
  from?: string;
  to?: string;
  memberId?: number;
  /** Staff credited on at least one line. */
  staffId?: number;
  /** Paid at least partly by this tender type. */
  tenderTypeId?: number;
  status?: InvoiceStatusName;
  /** With at least one product line (PRODUCT) or treatment line (TREATMENT). */
  kind?: InvoiceLineKindName;
  /** With at least one line selling this product. */
  productId?: number;
  /** With at least one line selling this treatment. */
  treatmentId?: number;
  /** With at least one line selling a product of this category. */
  categoryId?: number;
  /** With at least one line of this department (as recorded at the sale). */
  departmentId?: number;
  minTotalCents?: number;
  maxTotalCents?: number;
  /** The start of an invoice number, e.g. "TKOSI-007". */
  number?: string;
};

/** A number search as stored: numbers are upper case without spaces. */
export function normaliseInvoiceNumber(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * The upper bound of a prefix range: every string starting with `prefix` sorts at or after it and
 * before this, so a prefix search is an index range on the unique number in both databases.
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\uffff`;
}
