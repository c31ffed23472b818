import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { allNodes } from '@/components/contact-settings/all-pages';
import { NumberingEditor, type NumberingRow } from '@/components/settings/numbering-editor';
import { NumberingBranchesQuery, NumberSequenceSettingsQuery } from '@/components/settings/settings-documents';
import type { NumberSequenceSettingFragment } from '@/graphql/generated/graphql';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.numbering' });
  return { title: t('title') };
}

/**
 * One row per branch and one for walk-ins. A branch without a saved rule shows the default the
 * server falls back to (branch code + 5 digits) until an admin saves one.
 */
export default async function NumberingSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const canEdit = can(viewer, Permission.SettingsMembers);
  const [t, branches, sequences] = await Promise.all([
    getTranslations('settings.numbering'),
    allNodes(async (after) => (await serverQuery(NumberingBranchesQuery, { after })).branches),
    allNodes(async (after) => (await serverQuery(NumberSequenceSettingsQuery, { after })).memberNumberSequences),
  ]);
  const saved = new Map(sequences.map((sequence) => [sequence.scope, sequence]));
  const row = (scope: string, scopeLabel: string, fallback: Pick<NumberSequenceSettingFragment, 'prefix' | 'digits' | 'nextValue'>): NumberingRow => {
    const sequence = saved.get(scope);
    return sequence ? { ...sequence, scopeLabel, saved: true } : { id: scope, scope, scopeLabel, ...fallback, saved: false };
  };
  const rows = [
    row('walk-in', t('walkIns'), { prefix: 'K', digits: 6, nextValue: 1 }),
    ...branches.map((branch) => row(`branch:${branch.id}`, branch.name, { prefix: branch.code, digits: 5, nextValue: 1 })),
  ];
  return (
    <>
      <SettingsPageHeader section="numbering" canEdit={canEdit} />
      <NumberingEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
