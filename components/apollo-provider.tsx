'use client';

import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache, resetApolloClientSingletons } from '@apollo/client-integration-nextjs';
import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { typePolicies } from '@/lib/apollo/type-policies';

/** The language the browser's client was made for: its cache holds labels in that language. */
let browserClientLocale: string | null = null;

function makeClient(locale: string) {
  if (typeof window !== 'undefined') browserClientLocale = locale;
  // The x-locale header picks the language of labels and error messages.
  const localeLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'x-locale': locale } }));
    return forward(operation);
  });
  return new ApolloClient({
    cache: new InMemoryCache({ typePolicies }),
    // The session cookie authenticates, as for every other request of the page.
    link: ApolloLink.from([localeLink, new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' })]),
  });
}

/**
 * Apollo Client for the signed-in pages' client components, streamed through server rendering.
 * The browser keeps one client across pages; after a change of language it starts a new one (an
 * empty cache) rather than show cached labels in the old language.
 */
export function ApolloProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  if (typeof window !== 'undefined' && browserClientLocale !== null && browserClientLocale !== locale) resetApolloClientSingletons();
  return (
    <ApolloNextAppProvider key={locale} makeClient={() => makeClient(locale)}>
      {children}
    </ApolloNextAppProvider>
  );
}
