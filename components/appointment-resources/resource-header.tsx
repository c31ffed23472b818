import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/i18n/navigation';

export type ResourcePage = 'index' | 'treatments' | 'resources' | 'hours' | 'schedules';

const PAGES: { page: ResourcePage; href: string }[] = [
  { page: 'index', href: '/settings/appointments' },
  { page: 'treatments', href: '/settings/appointments/treatments' },
  { page: 'resources', href: '/settings/appointments/resources' },
  { page: 'hours', href: '/settings/appointments/hours' },
  { page: 'schedules', href: '/settings/appointments/schedules' },
];

/** Header of the booking settings pages: title, the way back to all settings, links between the pages, and why it may be read-only. */
export async function ResourceHeader({ current, canEdit }: { current: ResourcePage; canEdit: boolean }) {
  const [t, settingsT] = await Promise.all([getTranslations('appointmentSettings'), getTranslations('settings')]);
  return (
    <PageHeader title={t(`pages.${current}.title`)} description={t(`pages.${current}.description`)}>
      <p>
        <Link href="/settings" className="back-link">
          ← {settingsT('backToIndex')}
        </Link>
      </p>
      <nav className="subnav" aria-label={t('nav.label')} data-testid="appointment-settings-subnav">
        {PAGES.map(({ page, href }) => (
          <Link key={page} href={href} className="subnav__link" aria-current={page === current ? 'page' : undefined} data-testid={`appointment-settings-nav-${page}`}>
            {t(`pages.${page}.title`)}
          </Link>
        ))}
      </nav>
      {canEdit ? null : (
        <p className="alert alert--info" data-testid="settings-read-only">
          {t('managersOnly')}
        </p>
      )}
    </PageHeader>
  );
}

export type PickerOption = { id: string; label: string };

/** A row of links choosing one item (a branch, a beautician) by query parameter: big targets, no hover. */
export function ChoiceLinks({
  label, param, options, current, basePath, testId,
}: { label: string; param: string; options: PickerOption[]; current: string | null; basePath: string; testId: string }) {
  return (
    <nav className="subnav" aria-label={label} data-testid={testId}>
      <span className="muted">{label}:</span>
      {options.map((option) => (
        <Link
          key={option.id}
          href={{ pathname: basePath, query: { [param]: option.id } }}
          className="subnav__link"
          aria-current={option.id === current ? 'page' : undefined}
          data-testid={`${testId}-${option.id}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}

/** The branch links of a per-branch booking settings page (`?branch=`). */
export async function BranchChoice({ page, branches, current }: { page: 'hours' | 'resources'; branches: { id: string; code: string }[]; current: string }) {
  const t = await getTranslations('appointmentSettings');
  return (
    <ChoiceLinks
      label={t('branch')}
      param="branch"
      basePath={`/settings/appointments/${page}`}
      options={branches.map((b) => ({ id: b.id, label: b.code }))}
      current={current}
      testId="branch-choice"
    />
  );
}
