import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OperationLogView } from '@/components/admin/operation-log/operation-log-view';
import { OPERATION_LOG_PAGE_SIZE, OperationLogChoicesQuery, OperationLogQuery } from '@/components/admin/operation-log/operation-log-documents';
import { getDataSource } from '@/db/data-source';
import { Permission } from '@/services/admin/permission';
import { can } from '@/services/auth/viewer';
import { viewerTimeZone } from '@/services/contacts/contact-list.service';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';
import { SettingsPageHeader } from '../settings-page-header';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'settings.operationLog' });
  return { title: t('title') };
}

/**
 * 操作日誌: the whole audit log for those who hold auditLog.view (entries about members outside
 * their member scope are left out by the API); the export needs data.export as well. The first
 * page and the pickers' choices are read here, as the viewer, so the rows arrive with the page.
 */
export default async function OperationLogPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  const t = await getTranslations('admin.operationLog');
  if (!can(viewer, Permission.AuditLogView)) {
    const notice = (
      <p className="alert alert--info" data-testid="settings-read-only">
        {t('notAllowed')}
      </p>
    );
    return <SettingsPageHeader section="operationLog" canEdit={false} readOnlyNotice={notice} />;
  }
  const [{ operationLog }, choices, timeZone] = await Promise.all([
    serverQuery(OperationLogQuery, { filter: null, first: OPERATION_LOG_PAGE_SIZE, after: null }),
    serverQuery(OperationLogChoicesQuery),
    viewerTimeZone(await getDataSource(), viewer),
  ]);
  return (
    <>
      <SettingsPageHeader section="operationLog" canEdit />
      <OperationLogView initial={operationLog} choices={choices} timeZone={timeZone} canExport={can(viewer, Permission.DataExport)} />
    </>
  );
}
