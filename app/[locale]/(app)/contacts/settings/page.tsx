import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { allPages } from '@/components/contact-settings/all-pages';
import { ContactOptionsEditor } from '@/components/contact-settings/contact-options-editor';
import { DisplaySettingsForm } from '@/components/contact-settings/display-settings-form';
import { PresetNotesEditor, type PresetNoteRow } from '@/components/contact-settings/preset-notes-editor';
import { OPTION_FIELDS, SETTINGS_FIELDS, type ContactOptionRow, type ContactSettingsData } from '@/components/contact-settings/queries';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { PageHeader } from '@/components/page-header';
import { serverGraphql } from '@/lib/server-graphql';
import { requireViewer } from '../../require-viewer';

type Props = { params: Promise<{ locale: string }> };

const page = (root: string, args: string, fields: string) =>
  `query($first: Int!, $after: String) { ${root}(${args}first: $first, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;

const SECTIONS = ['statuses', 'methods', 'notes', 'display'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'contactSettings' });
  return { title: t('title') };
}

/** 聯絡會員 > 設定: statuses, methods, preset notes and display settings on one page, with a jump list. */
export default async function ContactSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = canEditContactSettings(viewer);
  const [t, statuses, methods, notes, settings] = await Promise.all([
    getTranslations('contactSettings'),
    allPages<ContactOptionRow>(viewer, locale, page('contactStatuses', 'includeInactive: true, ', OPTION_FIELDS), 'contactStatuses'),
    allPages<ContactOptionRow>(viewer, locale, page('contactMethods', 'includeInactive: true, ', OPTION_FIELDS), 'contactMethods'),
    allPages<PresetNoteRow>(viewer, locale, page('presetNotes', '', 'id text'), 'presetNotes'),
    serverGraphql<{ contactSettings: ContactSettingsData }>(viewer, locale, `query { contactSettings { ${SETTINGS_FIELDS} } }`),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ContactsSubnav current="settings" />
        {canEdit ? null : <ReadOnlyNotice />}
      </PageHeader>
      <nav aria-label={t('sectionsLabel')}>
        <ul className="tag-list">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a className="tag" href={`#${section}`}>
                {t(`${section}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section id="statuses" aria-labelledby="statuses-title" className="profile-section">
        <h2 id="statuses-title">{t('statuses.title')}</h2>
        <p className="muted">{t('statuses.description')}</p>
        <ContactOptionsEditor kind="status" rows={statuses} canEdit={canEdit} />
      </section>
      <section id="methods" aria-labelledby="methods-title" className="profile-section">
        <h2 id="methods-title">{t('methods.title')}</h2>
        <p className="muted">{t('methods.description')}</p>
        <ContactOptionsEditor kind="method" rows={methods} canEdit={canEdit} />
      </section>
      <section id="notes" aria-labelledby="notes-title" className="profile-section">
        <h2 id="notes-title">{t('notes.title')}</h2>
        <p className="muted">{t('notes.description')}</p>
        <PresetNotesEditor rows={notes} canEdit={canEdit} />
      </section>
      <section id="display" aria-labelledby="display-title" className="profile-section">
        <h2 id="display-title">{t('display.title')}</h2>
        <p className="muted">{t('display.description')}</p>
        <DisplaySettingsForm settings={settings.contactSettings} canEdit={canEdit} />
      </section>
    </>
  );
}
