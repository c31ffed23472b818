/** Field selections and row shapes shared by the contact settings page (server) and its editors (client). */

export type Translations = { zhHK: string | null; en: string | null; zhCN: string | null; th: string | null };
export type ContactOptionRow = { id: string; name: string; label: string; key: string | null; sortOrder: number; active: boolean; translations: Translations };

export const OPTION_FIELDS = 'id name label key sortOrder active translations { zhHK en zhCN th }';

export const SWITCHES = [
  'showMemberRemarks', 'showComments', 'allowBooking', 'attendanceVerification', 'showProductPurchases', 'showTreatmentPurchases', 'showInvoicePurchases',
] as const;
export const AMOUNTS = ['invoiceThresholdCents', 'productThresholdCents', 'treatmentThresholdCents'] as const;
export const METRICS = ['INVOICE', 'PRODUCT', 'TREATMENT'] as const;

export type Switch = (typeof SWITCHES)[number];
export type Amount = (typeof AMOUNTS)[number] | 'successThresholdCents';

export type ContactSettingsData = Record<Switch, boolean> & Record<Amount, number> & { successRuleEnabled: boolean; successMetric: (typeof METRICS)[number] };

export const SETTINGS_FIELDS = [...SWITCHES, ...AMOUNTS, 'successRuleEnabled', 'successMetric', 'successThresholdCents'].join(' ');
