/**
 * The successful-purchase rule (成功購買): a booked contact whose chosen same-day amount reaches
 * the salon's threshold. Pure, with the metric spelled as the settings store it, so the contact
 * list, the campaign analysis and their exports judge alike.
 */

export type SuccessMetricName = 'invoice' | 'product' | 'treatment';

export type SuccessSettings = { successRuleEnabled: boolean; successMetric: SuccessMetricName; successThresholdCents: number };

export type ContactAmounts = {
  booked: boolean;
  sameDayInvoiceCents: number | null;
  sameDayProductCents: number | null;
  sameDayTreatmentCents: number | null;
};

/** The campaign_members column the rule compares, for SQL (`cm.<column> >= threshold`). */
export function successColumn(metric: SuccessMetricName): 'sameDayInvoiceCents' | 'sameDayProductCents' | 'sameDayTreatmentCents' {
  switch (metric) {
    case 'invoice': return 'sameDayInvoiceCents';
    case 'product': return 'sameDayProductCents';
    case 'treatment': return 'sameDayTreatmentCents';
  }
}

/** Y when the rule is on, the contact is booked and the metric's amount is at least the threshold; no invoice is N. */
export function isSuccessfulPurchase(settings: SuccessSettings, amounts: ContactAmounts): boolean {
  if (!settings.successRuleEnabled || !amounts.booked) return false;
  const amount = amounts[successColumn(settings.successMetric)];
  return amount !== null && amount >= settings.successThresholdCents;
}

/** Null when the rule is off (the column is not shown), else Y/N. */
export function successFlag(settings: SuccessSettings, amounts: ContactAmounts): boolean | null {
  return settings.successRuleEnabled ? isSuccessfulPurchase(settings, amounts) : null;
}
