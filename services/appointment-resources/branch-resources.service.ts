import { Not, type DataSource, type EntityManager } from 'typeorm';
import { Appointment, Branch, Equipment, Room, Treatment } from '../../entities';
import type { RecycleBinItem } from '../../entities/recycle-bin-item.entity';
import { binRowsOf, moveToBin, refuseWhileUsed } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { alreadyUsed, invalidField, notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { auditResourceChange } from './access';
import { parseInput } from '../validation/parse-input';
import { equipmentSchema, roomSchema, type EquipmentValues, type RoomValues } from './resource-input.schema';
import type { EquipmentInput, RoomInput } from './resource-rules';

type PageRequest = { first: number; after?: string | null };
export type BranchListFilter = { branchId?: number | null; includeInactive?: boolean };

const equipmentSnapshot = (e: Equipment | (EquipmentValues & { branchId: number })) => ({ branchId: e.branchId, code: e.code, name: e.name, count: e.count, active: e.active });
const roomSnapshot = (r: Room | (RoomValues & { branchId: number })) => ({ branchId: r.branchId, name: r.name, type: r.type, active: r.active });

export async function requireBranch(db: DataSource | EntityManager, branchId: number): Promise<Branch> {
  const branch = await db.getRepository(Branch).findOneBy({ id: branchId });
  if (!branch) throw notFound('branch');
  return branch;
}

/** Equipment (儀器) and rooms (房間) of each branch; every signed-in staff member reads them, managers and admins change them. */
export class BranchResourceService {
  constructor(private readonly ds: DataSource) {}

  /** Equipment by code (then id), of one branch or all; active only unless asked. */
  equipment(filter: BranchListFilter, page: PageRequest): Promise<Page<Equipment>> {
    const query = () => {
      const qb = this.ds.getRepository(Equipment).createQueryBuilder('e');
      if (filter.branchId) qb.andWhere('e.branchId = :branchId', { branchId: filter.branchId });
      if (!filter.includeInactive) qb.andWhere('e.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 'e', 'code', page);
  }

  /** Rooms by name (then id), of one branch or all; active only unless asked. */
  rooms(filter: BranchListFilter, page: PageRequest): Promise<Page<Room>> {
    const query = () => {
      const qb = this.ds.getRepository(Room).createQueryBuilder('r');
      if (filter.branchId) qb.andWhere('r.branchId = :branchId', { branchId: filter.branchId });
      if (!filter.includeInactive) qb.andWhere('r.active = :active', { active: true });
      return qb;
    };
    return pageBySortKey(query, 'r', 'name', page);
  }

  async createEquipment(viewer: Viewer, branchId: number, input: EquipmentInput): Promise<Equipment> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(equipmentSchema, input);
    return this.ds.transaction(async (manager) => {
      await requireBranch(manager, branchId);
      if (await manager.existsBy(Equipment, { branchId, code: values.code })) throw alreadyUsed('code');
      const row = await manager.save(Equipment, manager.create(Equipment, { ...values, branchId }));
      await auditResourceChange(manager, viewer, { entityType: 'equipment', entityId: row.id, before: null, after: equipmentSnapshot(row) });
      return row;
    });
  }

  /**
   * Changes code, name, count or the active flag (an item stays at its branch). A code some
   * treatment needs cannot disappear: renaming the last equipment carrying it is refused.
   */
  async updateEquipment(viewer: Viewer, id: number, input: EquipmentInput): Promise<Equipment> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(equipmentSchema, input);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(Equipment, { id });
      if (!row) throw notFound('equipment');
      if (await manager.existsBy(Equipment, { branchId: row.branchId, code: values.code, id: Not(id) })) throw alreadyUsed('code');
      if (values.code !== row.code
        && !(await manager.existsBy(Equipment, { code: row.code, id: Not(id) }))
        && (await manager.existsBy(Treatment, { equipmentCode: row.code }))) {
        throw invalidField('code', 'equipmentInUse', { code: row.code });
      }
      await manager.update(Equipment, { id }, values);
      const updated = await manager.findOneByOrFail(Equipment, { id });
      await auditResourceChange(manager, viewer, { entityType: 'equipment', entityId: id, before: equipmentSnapshot(row), after: equipmentSnapshot(updated) });
      return updated;
    });
  }

  /**
   * Moves equipment no appointment used into the recycle bin; refused while appointments use it,
   * or while it is the last item with a code some treatment needs (deactivate it instead).
   */
  async deleteEquipment(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(Equipment, { id });
      if (!row) throw notFound('equipment');
      refuseWhileUsed('appointments', await manager.countBy(Appointment, { equipmentId: id }));
      if (!(await manager.existsBy(Equipment, { code: row.code, id: Not(id) }))) {
        refuseWhileUsed('treatments', await manager.countBy(Treatment, { equipmentCode: row.code }), { code: row.code });
      }
      const rows = binRowsOf(manager, Equipment, [row]);
      await manager.delete(Equipment, { id });
      return moveToBin(manager, viewer, { type: RecycleBinType.Equipment, entityId: id, label: `${row.code} ${row.name}`, rows, audit: { before: equipmentSnapshot(row) } });
    });
  }

  async createRoom(viewer: Viewer, branchId: number, input: RoomInput): Promise<Room> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(roomSchema, input);
    return this.ds.transaction(async (manager) => {
      await requireBranch(manager, branchId);
      if (await manager.existsBy(Room, { branchId, name: values.name })) throw alreadyUsed('name');
      const row = await manager.save(Room, manager.create(Room, { ...values, branchId }));
      await auditResourceChange(manager, viewer, { entityType: 'room', entityId: row.id, before: null, after: roomSnapshot(row) });
      return row;
    });
  }

  /** Changes name, type or the active flag; a room stays at its branch. */
  async updateRoom(viewer: Viewer, id: number, input: RoomInput): Promise<Room> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    const values = parseInput(roomSchema, input);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(Room, { id });
      if (!row) throw notFound('room');
      if (await manager.existsBy(Room, { branchId: row.branchId, name: values.name, id: Not(id) })) throw alreadyUsed('name');
      await manager.update(Room, { id }, values);
      const updated = await manager.findOneByOrFail(Room, { id });
      await auditResourceChange(manager, viewer, { entityType: 'room', entityId: id, before: roomSnapshot(row), after: roomSnapshot(updated) });
      return updated;
    });
  }

  /** Moves a room no appointment used into the recycle bin; one that was booked is refused (deactivate it instead). */
  async deleteRoom(viewer: Viewer, id: number): Promise<RecycleBinItem> {
    requirePermission(viewer, Permission.AppointmentsManageResources);
    return this.ds.transaction(async (manager) => {
      const row = await manager.findOneBy(Room, { id });
      if (!row) throw notFound('room');
      refuseWhileUsed('appointments', await manager.countBy(Appointment, { roomId: id }));
      const rows = binRowsOf(manager, Room, [row]);
      await manager.delete(Room, { id });
      return moveToBin(manager, viewer, { type: RecycleBinType.Room, entityId: id, label: row.name, rows, audit: { before: roomSnapshot(row) } });
    });
  }
}
