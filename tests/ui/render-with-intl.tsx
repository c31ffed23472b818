import { render, type RenderResult } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement } from 'react';
import en from '@/messages/en.json';
import th from '@/messages/th.json';
import zhCN from '@/messages/zh-CN.json';
import zhHK from '@/messages/zh-HK.json';
import type { Locale } from '@/i18n/locales';

/** The real message files, so tests fail when a key a component uses is missing. */
export const messages = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th } as const;

export function renderWithIntl(ui: ReactElement, locale: Locale = 'zh-HK'): RenderResult {
  return render(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="Asia/Hong_Kong">
      {ui}
    </NextIntlClientProvider>,
  );
}
