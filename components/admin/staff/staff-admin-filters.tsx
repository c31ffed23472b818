import { getTranslations } from 'next-intl/server';

type Option = { id: string; label: string };

/**
 * The staff list's search and filters as a plain GET form: submitting puts them in the address,
 * so the list is the server's answer to that address (bookmarkable, Back returns to it), and it
 * works before any script has loaded.
 */
export async function StaffAdminFilters({
  values, branches, roles, salesGroups,
}: {
  values: { q: string; branch: string; role: string; group: string; status: string };
  branches: Option[];
  roles: Option[];
  salesGroups: Option[];
}) {
  const t = await getTranslations('admin.staff.filters');
  const select = (name: string, label: string, value: string, options: Option[], anyLabel: string) => (
    <div className="field">
      <label htmlFor={`staff-filter-${name}`}>{label}</label>
      <select id={`staff-filter-${name}`} name={name} defaultValue={value} className="select select--block" data-testid={`staff-filter-${name}`}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" role="search" aria-label={t('label')} className="card form" data-testid="staff-filters">
      <div className="form-grid">
        <div className="field">
          <label htmlFor="staff-filter-q">{t('search')}</label>
          <input id="staff-filter-q" name="q" type="search" defaultValue={values.q} className="input" placeholder={t('searchPlaceholder')} maxLength={100} data-testid="staff-filter-q" />
        </div>
        {select('branch', t('branch'), values.branch, branches, t('anyBranch'))}
        {select('role', t('role'), values.role, roles, t('anyRole'))}
        {select('group', t('salesGroup'), values.group, salesGroups, t('anySalesGroup'))}
        <div className="field">
          <label htmlFor="staff-filter-status">{t('status')}</label>
          <select id="staff-filter-status" name="status" defaultValue={values.status} className="select select--block" data-testid="staff-filter-status">
            <option value="active">{t('activeOnly')}</option>
            <option value="inactive">{t('inactiveOnly')}</option>
            <option value="all">{t('allStatuses')}</option>
          </select>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="staff-filter-submit">
          {t('apply')}
        </button>
        <a href="?" className="button button--secondary" data-testid="staff-filter-clear">
          {t('clear')}
        </a>
      </div>
    </form>
  );
}
