import { ACCOUNT_RESOLVERS } from './account.resolvers';
import { CARDS_RESOLVERS } from './cards.resolvers';
import { CHECKOUT_PREPAID_RESOLVERS } from './checkout-prepaid.resolvers';
import { INSTALMENTS_RESOLVERS } from './instalments.resolvers';
import { PACKAGES_RESOLVERS } from './packages.resolvers';
import { PREPAID_REPORTS_RESOLVERS } from './prepaid-reports.resolvers';
import { STORED_VALUE_RESOLVERS } from './stored-value.resolvers';

/** Every prepaid resolver, one list per capability, for graphql/schema.ts. */
export const PREPAID_RESOLVERS = [...CARDS_RESOLVERS, ...STORED_VALUE_RESOLVERS, ...PACKAGES_RESOLVERS, ...INSTALMENTS_RESOLVERS, ...ACCOUNT_RESOLVERS, ...PREPAID_REPORTS_RESOLVERS, ...CHECKOUT_PREPAID_RESOLVERS];
