import { getTranslations } from 'next-intl/server';
import type { Permission } from '@/services/admin/permission';

/** A page's refusal for a staff member without a permission, naming it so they know what to ask for. */
export async function MissingPermission({ permission, testId }: { permission: Permission; testId?: string }) {
  const errors = await getTranslations('errors');
  const permissions = await getTranslations('permissions');
  return (
    <p className="alert alert--error" role="alert" data-testid={testId ?? 'missing-permission'}>
      {errors('missingPermission', { permission: permissions(`${permission}.name` as never) })}
    </p>
  );
}
