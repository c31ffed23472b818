import type { DataSource, EntityManager } from 'typeorm';
import { Equipment, Treatment } from '../../entities';
import { invalidField, notFound } from '../errors/domain-error';
import type { Requirement } from './scheduling-types';

type Db = DataSource | EntityManager;

/** Bounds of a duration typed in minutes: at least a short consultation, at most a working day. */
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 720;
/** How long an equipment-only booking lasts when no minutes are given. */
export const DEFAULT_EQUIPMENT_MINUTES = 60;

export type RequirementInput = { treatmentId?: number | null; equipmentId?: number | null; minutes?: number | null };

/**
 * What a booking needs, from a treatment (its duration, buffer, equipment and room type), or from a
 * piece of equipment (its code; `minutes` long, 60 by default), or from a bare number of minutes.
 * A treatment excludes the other two; errors name the offending field. Inactive treatments and
 * equipment cannot be booked unless `allowInactive` (rescheduling an existing appointment).
 */
export async function requirementFor(
  db: Db,
  input: RequirementInput,
  options: { allowInactive?: boolean } = {},
): Promise<{ requirement: Requirement; treatment: Treatment | null; equipment: Equipment | null }> {
  const { treatmentId, equipmentId, minutes } = input;
  if (treatmentId != null) {
    if (equipmentId != null) throw invalidField('equipmentId', 'oneRequirement');
    if (minutes != null) throw invalidField('minutes', 'oneRequirement');
    const treatment = await db.getRepository(Treatment).findOneBy({ id: treatmentId });
    if (!treatment) throw notFound('treatment');
    if (!treatment.active && !options.allowInactive) throw invalidField('treatmentId', 'inactiveChoice');
    return {
      requirement: {
        durationMinutes: treatment.durationMinutes,
        bufferMinutes: treatment.bufferMinutes,
        equipmentCode: treatment.equipmentCode,
        roomType: treatment.roomType,
      },
      treatment,
      equipment: null,
    };
  }
  if (minutes != null && (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
    throw invalidField('minutes', 'outOfRange', { min: MIN_MINUTES, max: MAX_MINUTES });
  }
  if (equipmentId != null) {
    const equipment = await db.getRepository(Equipment).findOneBy({ id: equipmentId });
    if (!equipment) throw notFound('equipment');
    if (!equipment.active && !options.allowInactive) throw invalidField('equipmentId', 'inactiveChoice');
    return {
      requirement: { durationMinutes: minutes ?? DEFAULT_EQUIPMENT_MINUTES, bufferMinutes: 0, equipmentCode: equipment.code, roomType: null },
      treatment: null,
      equipment,
    };
  }
  if (minutes == null) throw invalidField('treatmentId', 'requirementMissing');
  return { requirement: { durationMinutes: minutes, bufferMinutes: 0, equipmentCode: null, roomType: null }, treatment: null, equipment: null };
}
