/**
 * The contact list's columns. The key ones (member, status, latest note, next follow-up, booking)
 * are always shown and fit a 1024 px screen; the rest of the manual's columns are optional: each
 * row's detail shows them all, and the staff member picks which to add to the table. The choice
 * is kept in a cookie per staff member, so the server draws the table as chosen (no shift on load).
 */

export const OPTIONAL_COLUMNS = [
  'campaign', 'salesperson', 'phones', 'lastContactAt', 'method', 'content',
  // The manual's appointment block, as separate columns.
  'bookingBranch', 'bookingAt', 'bookingNote', 'bookingStatus', 'attendanceNote', 'attendanceVerified', 'verifiedBy', 'verifiedAt', 'verificationNote',
  // The same-day purchase block (當日購買紀錄).
  'successfulPurchase', 'invoiceDate', 'invoiceNumbers', 'invoiceAmount', 'products', 'productAmount', 'treatments', 'treatmentAmount', 'purchaseNote',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

/** The contact settings that show or hide parts of the purchase block (顯示會員購買…資料, 啟動成功購買計算). */
export type PurchaseDisplay = {
  showInvoicePurchases: boolean;
  showProductPurchases: boolean;
  showTreatmentPurchases: boolean;
  successRuleEnabled: boolean;
};

const HIDDEN_UNLESS: Array<[keyof PurchaseDisplay, OptionalColumn[]]> = [
  ['showInvoicePurchases', ['invoiceDate', 'invoiceNumbers', 'invoiceAmount']],
  ['showProductPurchases', ['products', 'productAmount']],
  ['showTreatmentPurchases', ['treatments', 'treatmentAmount']],
  ['successRuleEnabled', ['successfulPurchase']],
];

/** The optional columns the settings allow, in order; before the settings are read, all. */
export function availableColumns(display: PurchaseDisplay | null | undefined): OptionalColumn[] {
  if (!display) return [...OPTIONAL_COLUMNS];
  const hidden = new Set(HIDDEN_UNLESS.flatMap(([setting, columns]) => (display[setting] ? [] : columns)));
  return OPTIONAL_COLUMNS.filter((c) => !hidden.has(c));
}

/** The cookie holding a staff member's choice. */
export const columnsCookieName = (staffId: number | string) => `contact-list-columns-${staffId}`;

/** Until someone chooses: a manager sees whose contact each row is; a salesperson's are all hers. */
export function defaultColumns(canReassign: boolean): OptionalColumn[] {
  return canReassign ? ['salesperson'] : [];
}

/** In the table's order, each once; unknown names (an older version's) are dropped. */
function ordered(columns: readonly string[]): OptionalColumn[] {
  return OPTIONAL_COLUMNS.filter((c) => columns.includes(c));
}

/** The cookie's value ("campaign.phones"; "-" for none chosen); no cookie gives the defaults. */
export function parseColumns(value: string | undefined, fallback: OptionalColumn[]): OptionalColumn[] {
  if (value === undefined) return fallback;
  return ordered(value.split('.'));
}

export function serializeColumns(columns: readonly OptionalColumn[]): string {
  return columns.length === 0 ? '-' : ordered(columns).join('.');
}

export function toggleColumn(columns: readonly OptionalColumn[], column: OptionalColumn): OptionalColumn[] {
  return columns.includes(column) ? columns.filter((c) => c !== column) : ordered([...columns, column]);
}
