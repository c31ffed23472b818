'use client';

import { ApolloLink, HttpLink } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import { useLocale } from 'next-intl';
import { useEffect, useRef, type ReactNode } from 'react';
import { typePolicies } from '@/lib/apollo/type-policies';

/**
 * The language of the server's messages: the page's current locale in the browser (the client
 * outlives a change of language), the request's during server rendering.
 */
function localeLink(serverLocale: string) {
  return new ApolloLink((operation, forward) => {
    const locale = typeof document === 'undefined' ? serverLocale : document.documentElement.lang || serverLocale;
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'x-locale': locale } }));
    return forward(operation);
  });
}

function makeClient(locale: string) {
  return new ApolloClient({
    cache: new InMemoryCache({ typePolicies }),
    // The session cookie authenticates, as for every other request of the page.
    link: ApolloLink.from([localeLink(locale), new HttpLink({ uri: '/api/graphql', credentials: 'same-origin' })]),
  });
}

/** Labels and messages in the cache are in the old language after a switch: refetch what is shown. */
function RefetchOnLocaleChange({ locale }: { locale: string }) {
  const client = useApolloClient();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void client.resetStore();
  }, [client, locale]);
  return null;
}

/** Apollo Client for the signed-in pages' client components, streamed through server rendering. */
export function ApolloProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ApolloNextAppProvider makeClient={() => makeClient(locale)}>
      <RefetchOnLocaleChange locale={locale} />
      {children}
    </ApolloNextAppProvider>
  );
}
