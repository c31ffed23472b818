import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MissingPermission } from '@/components/admin/missing-permission';
import { allNodes } from '@/components/contact-settings/all-pages';
import { PointsRuleChoicesQuery, PointsRuleItemChoicesQuery, PointsRulesQuery } from '@/components/loyalty/points-rules/points-rule-documents';
import { PointsRulesEditor } from '@/components/loyalty/points-rules/points-rules-editor';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'loyalty.earning.rules' });
  return { title: t('title') };
}

/** 積分規則 (loyalty.manage): the rules that multiply or replace the levels' earning rates. */
export default async function PointsRulesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!can(viewer, Permission.LoyaltyManage)) return <MissingPermission permission={Permission.LoyaltyManage} testId="points-rules-forbidden" />;
  const t = await getTranslations({ locale, namespace: 'loyalty.earning.rules' });
  const [rows, choices, items] = await Promise.all([
    allNodes(async (after) => (await serverQuery(PointsRulesQuery, { after })).pointsRules),
    serverQuery(PointsRuleChoicesQuery),
    serverQuery(PointsRuleItemChoicesQuery),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <PointsRulesEditor
        rows={rows}
        canEdit
        choices={{
          branches: choices.branches.nodes.map((b) => ({ value: b.id, label: `${b.label} (${b.code})` })),
          memberGroups: choices.memberGroups.nodes.map((g) => ({ value: g.id, label: g.name })),
          products: items.products.nodes.map((p) => ({ value: p.id, label: `${p.code} ${p.label}` })),
          treatments: items.treatments.nodes.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` })),
          categories: choices.productCategories.nodes.map((c) => ({ value: c.id, label: `${c.label} (${c.code})` })),
          departments: items.departments.nodes.map((d) => ({ value: d.id, label: d.label })),
        }}
      />
    </>
  );
}
