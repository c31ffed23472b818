import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One deletion waiting in the recycle bin (數據回收站). Members stay in their table, soft-deleted
 * (payload null); every other kind is removed from its table and kept here as the JSON of the
 * rows restoring it re-inserts with their original ids. services/admin/recycle-bin.service.ts
 * writes, restores and purges these rows; its registry says how, per kind.
 */
@ObjectType('RecycleBinItem', { description: 'A deleted record in the recycle bin (數據回收站): restorable until it is purged by hand or after the retention period.' })
@Entity('recycle_bin_items')
@Index('uq_recycle_bin_items_entity', ['entityType', 'entityId'], { unique: true })
@Index('idx_recycle_bin_items_type_at', ['entityType', 'deletedAt', 'id'])
@Index('idx_recycle_bin_items_at', ['deletedAt', 'id'])
export class RecycleBinItem {
  @Field(() => ID, { description: 'Stable identifier of the bin entry (not of the deleted record).' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** The kind of record (a RecycleBinType value): member, contactLog, presetNote, … */
  @Column({ type: 'varchar', length: 30 })
  entityType: string;

  @Field(() => ID, { description: 'Id the deleted record had, and gets back when restored.' })
  @Column({ type: 'int' })
  entityId: number;

  @Field(() => String, { description: 'What the record was, as the bin shows it, e.g. "陳大文 (TKO000123)" or "2026-05-01 · 陳大文".' })
  @Column({ type: 'varchar', length: 255 })
  label: string;

  /** The branch a member belonged to (member scope); null for kinds without one. */
  @Column({ type: 'int', nullable: true })
  branchId: number | null;

  /** The row the item hangs off for scope: a contact log's contact member (contact scope). */
  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  /** JSON of the rows to re-insert ({ table, row }[]); null for soft-deleted kinds (members). */
  @Column({ type: 'text', nullable: true })
  payload: string | null;

  @Column({ type: 'int', nullable: true })
  deletedById: number | null;

  @Field(() => Date, { description: 'When it was deleted.' })
  @Column({ type: 'datetime' })
  deletedAt: Date;
}
