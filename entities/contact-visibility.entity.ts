import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Whose contact members a staff member may see (聯絡活動查看會員權限). Own members are always
 * visible; the flags widen that; `staffIds` names further salespeople one by one. Staff without
 * a row get their role's default (see services/visibility/contact-visibility.ts).
 */
@Entity('contact_visibility')
export class ContactVisibility {
  @PrimaryColumn({ type: 'int' })
  staffId: number;

  /** Members of staff in the viewer's own branch (自己分店以下員工的會員). */
  @Column({ type: 'boolean', default: false })
  ownBranch: boolean;

  /** Members of staff in every other branch (其他分店以下員工的會員). */
  @Column({ type: 'boolean', default: false })
  otherBranches: boolean;

  /** Every contact member (查看全部會員). */
  @Column({ type: 'boolean', default: false })
  all: boolean;

  /** Staff, by id, whose members are visible besides the flags' (JSON array). */
  @Column({ type: 'text', transformer: { to: (v: number[]) => JSON.stringify(v ?? []), from: (v: string | null) => (v ? (JSON.parse(v) as number[]) : []) } })
  staffIds: number[];

  @Column({ type: 'int', nullable: true })
  updatedById: number | null;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
