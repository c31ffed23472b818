import { SuccessMetric } from './success-metric';
import { invalidField } from '../errors/domain-error';

/** The largest amount a threshold may hold: GraphQL Int, i.e. HK$21,474,836.47. */
export const MAX_THRESHOLD_CENTS = 2_147_483_647;

export type ContactSettingsValues = {
  showMemberRemarks: boolean;
  showComments: boolean;
  allowBooking: boolean;
  attendanceVerification: boolean;
  showProductPurchases: boolean;
  showTreatmentPurchases: boolean;
  showInvoicePurchases: boolean;
  invoiceThresholdCents: number;
  productThresholdCents: number;
  treatmentThresholdCents: number;
  successRuleEnabled: boolean;
  successMetric: SuccessMetric;
  successThresholdCents: number;
};

const THRESHOLDS = ['invoiceThresholdCents', 'productThresholdCents', 'treatmentThresholdCents', 'successThresholdCents'] as const;

/** Every switch as given; every amount a whole number of cents from 0 up. */
export function validateContactSettings(input: ContactSettingsValues): ContactSettingsValues {
  for (const field of THRESHOLDS) {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_THRESHOLD_CENTS) {
      throw invalidField(field, 'outOfRange', { min: 0, max: MAX_THRESHOLD_CENTS });
    }
  }
  if (!Object.values(SuccessMetric).includes(input.successMetric)) throw invalidField('successMetric', 'notAnOption');
  return {
    showMemberRemarks: input.showMemberRemarks,
    showComments: input.showComments,
    allowBooking: input.allowBooking,
    attendanceVerification: input.attendanceVerification,
    showProductPurchases: input.showProductPurchases,
    showTreatmentPurchases: input.showTreatmentPurchases,
    showInvoicePurchases: input.showInvoicePurchases,
    invoiceThresholdCents: input.invoiceThresholdCents,
    productThresholdCents: input.productThresholdCents,
    treatmentThresholdCents: input.treatmentThresholdCents,
    successRuleEnabled: input.successRuleEnabled,
    successMetric: input.successMetric,
    successThresholdCents: input.successThresholdCents,
  };
}
