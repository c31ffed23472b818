import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/i18n/locales';

/**
 * The web app manifest (/manifest.webmanifest), so a tablet can keep the CRM on its home screen.
 * One manifest serves every locale: it is named in the default locale and opens at its home page.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'metadata' });
  return {
    name: t('title'),
    short_name: t('title'),
    description: t('description'),
    lang: defaultLocale,
    start_url: `/${defaultLocale}`,
    display: 'standalone',
    background_color: '#f5f6f8',
    theme_color: '#7a2f5e',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
