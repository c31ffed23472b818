import { graphql } from '@/graphql/generated';

/** The invoice pages' GraphQL documents, shared by the pages (server) and their views (client); `npm run codegen` types them. */

export const INVOICE_PAGE_SIZE = 50;

/** How many of a member's invoices the member page shows at a time. */
export const MEMBER_INVOICES_PAGE_SIZE = 10;

/** An invoice as a row of the list shows it. */
export const InvoiceListRow = graphql(`
  fragment InvoiceListRow on Invoice {
    id
    number
    businessDate
    issuedAt
    status
    totalCents
    customerName
    branch { id label currency timeZone }
    member { id memberNo displayName }
    cashier { id displayName }
    payments { id tenderType { id label } }
  }
`);

export const InvoicesQuery = graphql(`
  query Invoices($filter: InvoiceFilter, $first: Int!, $after: String) {
    invoices(filter: $filter, first: $first, after: $after) {
      nodes { ...InvoiceListRow }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

/** The filter panel's choices: branches, staff and tenders (inactive ones too: old invoices carry them). */
export const InvoiceFilterChoicesQuery = graphql(`
  query InvoiceFilterChoices {
    branches(first: 100) { nodes { id label } }
    staffMembers(first: 100) { nodes { id code displayName } }
    tenderTypes(first: 100, includeInactive: true) { nodes { id label } }
    productCategories(first: 100, includeInactive: true) { nodes { id label } }
    departments(first: 100, includeInactive: true) { nodes { id label } }
  }
`);

/** The product or treatment the list is filtered by (統計分析's drill-through), to name it. */
export const InvoiceFilterProductQuery = graphql(`
  query InvoiceFilterProduct($id: ID!) {
    product(id: $id) { id code label }
  }
`);

export const InvoiceFilterTreatmentQuery = graphql(`
  query InvoiceFilterTreatment($id: ID!) {
    treatment(id: $id) { id code name }
  }
`);

/** The member chosen in the filter, to name her. */
export const InvoiceFilterMemberQuery = graphql(`
  query InvoiceFilterMember($id: ID!) {
    member(id: $id) { id memberNo displayName }
  }
`);

/** Everything the detail page and the receipt show. */
export const InvoiceDetail = graphql(`
  fragment InvoiceDetail on Invoice {
    id
    number
    status
    businessDate
    issuedAt
    customerName
    appointmentId
    note
    analysisCode
    offerDiscountCents
    offer { id code name }
    pointsEarned
    subtotalCents
    discountCents
    taxCents
    roundingCents
    totalCents
    changeCents
    refundedCents
    voidedAt
    voidReason
    voidedBy { id displayName }
    branch { id label address phone timeZone currency }
    member { id memberNo displayName phone }
    cashier { id displayName }
    lines {
      id position kind code description quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents returnedQuantity
      staff { id displayName }
      department { id label }
    }
    payments { id amountCents tenderedCents reference tenderType { id label } }
  }
`);

export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) { ...InvoiceDetail }
  }
`);

/** The receipt: the invoice and the company's name, logo and money format. */
export const InvoiceReceiptQuery = graphql(`
  query InvoiceReceipt($id: ID!) {
    invoice(id: $id) { ...InvoiceDetail }
    systemSettings { companyName logoUrl currency currencyDisplay currencyDecimals }
  }
`);

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!, $reason: String!) {
    voidInvoice(id: $id, reason: $reason) { id status voidedAt voidReason voidedBy { id displayName } }
  }
`);

/** 會員 > 消費記錄: a member's invoices, a page at a time. */
export const MemberInvoicesQuery = graphql(`
  query MemberInvoices($id: ID!, $first: Int!, $after: String) {
    member(id: $id) {
      id
      invoices(first: $first, after: $after) {
        nodes { ...InvoiceListRow }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);
