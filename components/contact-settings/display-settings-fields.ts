/** The display settings form's fields, in the order it shows them. */

export const SWITCHES = [
  'showMemberRemarks', 'showComments', 'allowBooking', 'attendanceVerification', 'showProductPurchases', 'showTreatmentPurchases', 'showInvoicePurchases',
] as const;
export const AMOUNTS = ['invoiceThresholdCents', 'productThresholdCents', 'treatmentThresholdCents'] as const;
export const METRICS = ['INVOICE', 'PRODUCT', 'TREATMENT'] as const;

export type Switch = (typeof SWITCHES)[number];
export type Amount = (typeof AMOUNTS)[number] | 'successThresholdCents';
