import type { InvoiceStatus } from '@/graphql/generated/graphql';

/** The message key of a status as GraphQL names it ("Voided" → "VOIDED", as the messages and the export say it). */
export function invoiceStatusKey(status: InvoiceStatus): 'ISSUED' | 'VOIDED' {
  return status === 'Voided' ? 'VOIDED' : 'ISSUED';
}
