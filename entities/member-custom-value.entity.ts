import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomField } from './custom-field.entity';
import { Member } from './member.entity';

/** One member's value of one custom field, stored as text in a canonical form (numbers plain, dates ISO). */
@Entity('member_custom_values')
@Index('idx_member_custom_values_search', ['fieldId', 'value'])
export class MemberCustomValue {
  @PrimaryColumn({ type: 'int' })
  memberId: number;

  @PrimaryColumn({ type: 'int' })
  fieldId: number;

  @Column({ type: 'varchar', length: 500 })
  value: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @ManyToOne(() => CustomField, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fieldId' })
  field?: CustomField;
}
