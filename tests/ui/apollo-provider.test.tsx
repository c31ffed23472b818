/** @jest-environment jsdom */
import './web-streams';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { expect } from '@jest/globals';
import { act, render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { useEffect } from 'react';
import { ApolloProvider } from '@/components/apollo-provider';
import { ContactPageStateQuery } from '@/components/contacts/page/contact-page-documents';
import type { Locale } from '@/i18n/locales';

const sent: { url: string; headers: Record<string, string>; credentials?: string }[] = [];

beforeEach(() => {
  sent.length = 0;
  globalThis.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(url), headers: init?.headers as Record<string, string>, credentials: init?.credentials });
    const body = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'NOT_FOUND' } }] });
    return { ok: true, status: 200, headers: { get: (name: string) => (name === 'content-type' ? 'application/json' : null) }, text: async () => body } as unknown as Response;
  }) as typeof fetch;
});

let client: ApolloClient | undefined;
function Capture() {
  const current = useApolloClient();
  useEffect(() => {
    client = current;
  }, [current]);
  return null;
}

function shell(locale: Locale) {
  return (
    <NextIntlClientProvider locale={locale} messages={{}}>
      <ApolloProvider>
        <Capture />
      </ApolloProvider>
    </NextIntlClientProvider>
  );
}

it('asks /api/graphql with the session cookie in the page\'s language, and starts a new cache when the language changes', async () => {
  const view = render(shell('en'));
  const english = client!;
  await act(async () => {
    await english.query({ query: ContactPageStateQuery, variables: { id: '1', first: 20 } }).catch(() => undefined);
  });
  expect(sent).toEqual([expect.objectContaining({ url: '/api/graphql', credentials: 'same-origin', headers: expect.objectContaining({ 'x-locale': 'en' }) })]);

  view.rerender(shell('th'));
  const thai = client!;
  expect(thai).not.toBe(english);
  await act(async () => {
    await thai.query({ query: ContactPageStateQuery, variables: { id: '1', first: 20 } }).catch(() => undefined);
  });
  expect(sent.at(-1)?.headers).toMatchObject({ 'x-locale': 'th' });

  // Within one language every page shares the one client.
  view.unmount();
  render(shell('th'));
  expect(client).toBe(thai);
});
