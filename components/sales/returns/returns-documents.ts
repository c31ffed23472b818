import { graphql } from '@/graphql/generated';

/** The returns screen's documents (顧客退貨); `npm run codegen` types them from the schema. */

/** A return as the invoice's returns list shows it. */
export const ReturnSummary = graphql(`
  fragment ReturnSummary on SalesReturn {
    id
    number
    totalCents
    reason
    createdAt
    createdBy { id displayName }
    lines { id quantity amountCents invoiceLine { id code description } }
    refunds { id amountCents tenderType { id label } }
  }
`);

/** An invoice as the return screen needs it: its lines with what is sold and already back, how it was paid, its returns. */
export const ReturnInvoice = graphql(`
  fragment ReturnInvoice on Invoice {
    id
    number
    status
    businessDate
    totalCents
    refundedCents
    customerName
    branch { id label currency }
    member { id memberNo displayName }
    lines { id position kind code description quantity totalCents returnedQuantity }
    payments { id amountCents tenderType { id label } }
    returns { ...ReturnSummary }
  }
`);

/** Tenders to refund by and how money shows. */
export const ReturnsSetupQuery = graphql(`
  query ReturnsSetup {
    tenderTypes(first: 100) { nodes { id code label } }
    systemSettings { currencyDisplay currencyDecimals }
  }
`);

/** The scanner's path: the number printed on the receipt. */
export const ReturnInvoiceByNumberQuery = graphql(`
  query ReturnInvoiceByNumber($number: String!) {
    invoiceByNumber(number: $number) { ...ReturnInvoice }
  }
`);

export const ReturnInvoiceQuery = graphql(`
  query ReturnInvoice($id: ID!) {
    invoice(id: $id) { ...ReturnInvoice }
  }
`);

/** The member by card (member number), phone or name: the front desk's quick lookup. */
export const ReturnMemberLookupQuery = graphql(`
  query ReturnMemberLookup($term: String!, $first: Int!) {
    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone } }
  }
`);

/** A member's recent invoices, newest first. */
export const ReturnMemberInvoicesQuery = graphql(`
  query ReturnMemberInvoices($id: ID!, $first: Int!) {
    member(id: $id) {
      id
      invoices(first: $first) { nodes { id number status businessDate totalCents refundedCents branch { id currency } } }
    }
  }
`);

export const ReturnSaleMutation = graphql(`
  mutation ReturnSale($input: ReturnSaleInput!) {
    returnSale(input: $input) {
      id
      number
      totalCents
      refunds { id tenderType { id label } }
      invoice { ...ReturnInvoice }
    }
  }
`);

/** The returns an invoice's page lists. */
export const InvoiceReturnsQuery = graphql(`
  query InvoiceReturns($id: ID!) {
    invoice(id: $id) { id number status refundedCents branch { id currency } returns { ...ReturnSummary } }
    systemSettings { currencyDisplay currencyDecimals }
  }
`);
