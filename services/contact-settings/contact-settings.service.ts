import type { DataSource, EntityManager } from 'typeorm';
import { ContactSettings } from '../../entities';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { validateContactSettings, type ContactSettingsValues } from './contact-settings-rules';
import { auditSettingChange } from './settings-access.service';

const SETTINGS_ID = 1;

const snapshot = (s: ContactSettings): ContactSettingsValues => ({
  showMemberRemarks: s.showMemberRemarks,
  showComments: s.showComments,
  allowBooking: s.allowBooking,
  attendanceVerification: s.attendanceVerification,
  showProductPurchases: s.showProductPurchases,
  showTreatmentPurchases: s.showTreatmentPurchases,
  showInvoicePurchases: s.showInvoicePurchases,
  invoiceThresholdCents: s.invoiceThresholdCents,
  productThresholdCents: s.productThresholdCents,
  treatmentThresholdCents: s.treatmentThresholdCents,
  successRuleEnabled: s.successRuleEnabled,
  successMetric: s.successMetric,
  successThresholdCents: s.successThresholdCents,
});

/** The salon's one row of contact-list settings (聯絡會員設定), created with defaults if missing. */
export async function loadContactSettings(db: DataSource | EntityManager): Promise<ContactSettings> {
  const repo = db.getRepository(ContactSettings);
  const found = await repo.findOneBy({ id: SETTINGS_ID });
  if (found) return found;
  await repo.insert({ id: SETTINGS_ID });
  return repo.findOneByOrFail({ id: SETTINGS_ID });
}

export class ContactSettingsService {
  constructor(private readonly ds: DataSource) {}

  get(): Promise<ContactSettings> {
    return loadContactSettings(this.ds);
  }

  /** Replaces every setting at once (the settings page saves the whole form); audited as a diff. */
  async update(viewer: Viewer, input: ContactSettingsValues): Promise<ContactSettings> {
    requirePermission(viewer, Permission.SettingsContacts);
    const values = validateContactSettings(input);
    return this.ds.transaction(async (manager) => {
      const before = snapshot(await loadContactSettings(manager));
      await manager.update(ContactSettings, { id: SETTINGS_ID }, values);
      const updated = await manager.findOneByOrFail(ContactSettings, { id: SETTINGS_ID });
      await auditSettingChange(manager, viewer, { entityType: 'contactSettings', entityId: SETTINGS_ID, before, after: snapshot(updated) });
      return updated;
    });
  }
}
