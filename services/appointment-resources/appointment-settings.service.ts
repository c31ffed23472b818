import type { DataSource, EntityManager } from 'typeorm';
import { AppointmentSettings } from '../../entities';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { auditResourceChange } from './access';
import { parseInput } from '../validation/parse-input';
import { slotStepSchema } from './resource-input.schema';

const SETTINGS_ID = 1;

/** The salon's one row of booking settings (id 1, inserted by the migration), created with defaults if missing. */
export async function loadAppointmentSettings(db: DataSource | EntityManager): Promise<AppointmentSettings> {
  const repo = db.getRepository(AppointmentSettings);
  const found = await repo.findOneBy({ id: SETTINGS_ID });
  if (found) return found;
  await repo.insert({ id: SETTINGS_ID });
  return repo.findOneByOrFail({ id: SETTINGS_ID });
}

export class AppointmentSettingsService {
  constructor(private readonly ds: DataSource) {}

  get(): Promise<AppointmentSettings> {
    return loadAppointmentSettings(this.ds);
  }

  /** Sets the slot step (5–120 minutes); audited. */
  async update(viewer: Viewer, input: { slotStepMinutes: number }): Promise<AppointmentSettings> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const { slotStepMinutes } = parseInput(slotStepSchema, input);
    return this.ds.transaction(async (manager) => {
      const before = await loadAppointmentSettings(manager);
      await manager.update(AppointmentSettings, { id: SETTINGS_ID }, { slotStepMinutes });
      const updated = await manager.findOneByOrFail(AppointmentSettings, { id: SETTINGS_ID });
      await auditResourceChange(manager, viewer, {
        entityType: 'appointmentSettings', entityId: SETTINGS_ID,
        before: { slotStepMinutes: before.slotStepMinutes }, after: { slotStepMinutes: updated.slotStepMinutes },
      });
      return updated;
    });
  }
}
