import type { DataSource } from 'typeorm';
import { PresetNote } from '../../entities';
import type { Page } from '../../graphql/connection';
import { requirePermission, type Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { notFound } from '../errors/domain-error';
import { pageBySortKey } from '../members/config-audit.service';
import { parseInput } from '../validation/parse-input';
import { presetNoteSchema } from './contact-option-input.schema';
import { auditSettingChange } from './settings-access.service';
import { binRowsOf, moveToBin } from '../admin/recycle-bin.service';
import { RecycleBinType } from '../admin/recycle-bin-type';

const AUDIT_ENTITY = 'presetNote';

/** Canned contact notes (聯絡會員備註) salespeople pick on the contact page; managers keep the list. */
export class PresetNoteService {
  constructor(private readonly ds: DataSource) {}

  list(page: { first: number; after?: string | null }): Promise<Page<PresetNote>> {
    return pageBySortKey(() => this.ds.getRepository(PresetNote).createQueryBuilder('n'), 'n', 'sortOrder', page);
  }

  /** Adds a note at the end of the list. */
  async create(viewer: Viewer, input: { text: string }): Promise<PresetNote> {
    requirePermission(viewer, Permission.SettingsContacts);
    const { text } = parseInput(presetNoteSchema, input);
    return this.ds.transaction(async (manager) => {
      const raw = await manager.getRepository(PresetNote).createQueryBuilder('n').select('MAX(n.sortOrder)', 'max').getRawOne<{ max: number | null }>();
      const note = await manager.save(PresetNote, manager.create(PresetNote, { text, sortOrder: Number(raw?.max ?? 0) + 1 }));
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: note.id, before: null, after: { text } });
      return note;
    });
  }

  async update(viewer: Viewer, id: number, input: { text: string }): Promise<PresetNote> {
    requirePermission(viewer, Permission.SettingsContacts);
    const { text } = parseInput(presetNoteSchema, input);
    return this.ds.transaction(async (manager) => {
      const note = await manager.findOneBy(PresetNote, { id });
      if (!note) throw notFound('presetNote');
      await manager.update(PresetNote, { id }, { text });
      await auditSettingChange(manager, viewer, { entityType: AUDIT_ENTITY, entityId: id, before: { text: note.text }, after: { text } });
      return manager.findOneByOrFail(PresetNote, { id });
    });
  }

  /** Moves a note from the picker to the recycle bin; logs that used its text keep their own copy. */
  async delete(viewer: Viewer, id: number): Promise<boolean> {
    requirePermission(viewer, Permission.SettingsContacts);
    return this.ds.transaction(async (manager) => {
      const note = await manager.findOneBy(PresetNote, { id });
      if (!note) throw notFound('presetNote');
      const rows = binRowsOf(manager, PresetNote, [note]);
      await manager.delete(PresetNote, { id });
      await moveToBin(manager, viewer, { type: RecycleBinType.PresetNote, entityId: id, label: note.text.slice(0, 120), rows, audit: { before: { text: note.text } } });
      return true;
    });
  }
}
