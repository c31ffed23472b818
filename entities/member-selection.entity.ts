import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A search result as the user left it: the filter plus the rows they unticked (or an explicit
 * list of ids). Bulk actions, label sheets and exports work from one, so the selection survives
 * paging and a link to the labels page needs no ids in its URL.
 */
@Entity('member_selections')
@Index('idx_member_selections_owner', ['ownerId', 'id'])
export class MemberSelection {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  ownerId: number;

  /** JSON of the member search filter. */
  @Column({ type: 'text' })
  filter: string;

  /** JSON array of member ids removed from the result. */
  @Column({ type: 'text' })
  excludedIds: string;

  /** JSON array of member ids chosen one by one; when set, the filter is ignored. */
  @Column({ type: 'text', nullable: true })
  includedIds: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
