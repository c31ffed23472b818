import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NumberingEditor, type NumberingRow } from '@/components/settings/numbering-editor';
import { StaffRole } from '@/services/staff/staff-role';
import { serverGraphql } from '@/lib/server-graphql';
import { hasRole } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

const QUERY = `query NumberingSettings {
  branches(first: 100) { nodes { id code name } }
  memberNumberSequences(first: 100) { nodes { id scope prefix digits nextValue } }
}`;

type Sequence = { id: string; scope: string; prefix: string; digits: number; nextValue: number };

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
  const canEdit = hasRole(viewer, StaffRole.ADMIN);
  const t = await getTranslations('settings.numbering');
  const data = await serverGraphql<{ branches: { nodes: { id: string; code: string; name: string }[] }; memberNumberSequences: { nodes: Sequence[] } }>(
    viewer,
    locale,
    QUERY,
  );
  const saved = new Map(data.memberNumberSequences.nodes.map((sequence) => [sequence.scope, sequence]));
  const row = (scope: string, scopeLabel: string, fallback: Omit<Sequence, 'id' | 'scope'>): NumberingRow => {
    const sequence = saved.get(scope);
    return sequence ? { ...sequence, scopeLabel, saved: true } : { id: scope, scope, scopeLabel, ...fallback, saved: false };
  };
  const rows = [
    row('walk-in', t('walkIns'), { prefix: 'K', digits: 6, nextValue: 1 }),
    ...data.branches.nodes.map((branch) => row(`branch:${branch.id}`, branch.name, { prefix: branch.code, digits: 5, nextValue: 1 })),
  ];
  return (
    <>
      <SettingsPageHeader section="numbering" canEdit={canEdit} />
      <NumberingEditor rows={rows} canEdit={canEdit} />
    </>
  );
}
