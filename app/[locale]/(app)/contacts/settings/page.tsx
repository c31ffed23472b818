import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContactsSubnav } from '@/components/contacts/contacts-subnav';
import { allNodes } from '@/components/contact-settings/all-pages';
import { ContactOptionsEditor } from '@/components/contact-settings/contact-options-editor';
import {
  ContactMethodSettingsQuery, ContactSettingsQuery, ContactStatusSettingsQuery, PresetNoteSettingsQuery,
} from '@/components/contact-settings/contact-settings-documents';
import { DisplaySettingsForm } from '@/components/contact-settings/display-settings-form';
import { PresetNotesEditor } from '@/components/contact-settings/preset-notes-editor';
import { ReadOnlyNotice } from '@/components/contact-settings/read-only-notice';
import { canEditContactSettings } from '@/components/contact-settings/settings-access';
import { PageHeader } from '@/components/page-header';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

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
    allNodes(async (after) => (await serverQuery(ContactStatusSettingsQuery, { after })).contactStatuses),
    allNodes(async (after) => (await serverQuery(ContactMethodSettingsQuery, { after })).contactMethods),
    allNodes(async (after) => (await serverQuery(PresetNoteSettingsQuery, { after })).presetNotes),
    serverQuery(ContactSettingsQuery),
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')}>
        <ContactsSubnav current="settings" />
        {canEdit ? null : <ReadOnlyNotice />}
      </PageHeader>
      <nav aria-label={t('sectionsLabel')}>
        <ul className="subnav">
          {SECTIONS.map((section) => (
            <li key={section}>
              <a className="subnav__link" href={`#${section}`}>
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
