/** Which same-day amount the successful-purchase rule compares; pure, so the rules need no entity. */
export enum SuccessMetric {
  INVOICE = 'invoice',
  PRODUCT = 'product',
  TREATMENT = 'treatment',
}
