import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { CampaignMember } from './campaign-member.entity';
import { ContactMethod } from './contact-method.entity';
import { ContactStatus } from './contact-status.entity';

/** One contact with a campaign member (聯絡備註): when, how, the outcome and what was said. */
@ObjectType('ContactLog', { description: 'One contact with a contact member (聯絡備註): date-time, method, status, note, content and the next follow-up.' })
@Entity('contact_logs')
@Index('idx_contact_logs_cm_time', ['campaignMemberId', 'contactedAt', 'id'])
@Index('idx_contact_logs_campaign_time', ['campaignId', 'contactedAt'])
@Index('idx_contact_logs_author_time', ['createdById', 'contactedAt'])
// "Contacted between": the range's logs, then their contact members, instead of probing the logs
// of every row contacted since the start; with the method, the staff statistics' logs by method.
@Index('idx_contact_logs_time_cm_method', ['contactedAt', 'campaignMemberId', 'methodId'])
// 同事跟進的統計 without a join: per (salesperson, method) one range of the period, holding every
// column the figures and their filters read (see follow-up-statistics.service.ts).
@Index('idx_contact_logs_staff_stats', ['memberHidden', 'salespersonId', 'methodId', 'contactedAt', 'prevContactedAt', 'campaignId'])
export class ContactLog {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  campaignMemberId: number;

  @ManyToOne(() => CampaignMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignMemberId' })
  campaignMember?: CampaignMember;

  /** Copied from the contact member so reports group logs by campaign without a join. */
  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  memberId: number;

  /**
   * The contact member's salesperson and recycle-bin flag, copied so the staff statistics read the
   * logs alone. refreshLatestLog sets them in every transaction that writes a log (null only
   * until then); reassignment and the member's bin move them with the contact member.
   */
  @Column({ type: 'int', nullable: true })
  salespersonId: number | null;

  @Column({ type: 'boolean', default: false })
  memberHidden: boolean;

  /**
   * The contact time of the contact member's previous log (by contact time, then id); null for its
   * first. A log in [s, e) whose previous one is before s is the member's first in the period, so
   * counting those counts the members contacted in it. Kept by refreshLatestLog.
   */
  @Column({ type: 'datetime', nullable: true })
  prevContactedAt: Date | null;

  @Field(() => Date, { description: 'When the contact happened (defaults to now when logging; editable).' })
  @Column({ type: 'datetime' })
  contactedAt: Date;

  @Column({ type: 'int' })
  methodId: number;

  @ManyToOne(() => ContactMethod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'methodId' })
  method?: ContactMethod;

  @Column({ type: 'int' })
  statusId: number;

  @ManyToOne(() => ContactStatus, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statusId' })
  status?: ContactStatus;

  @Field(() => String, { description: 'Contact note (聯絡備註, at most 500 characters), typed or picked from the preset notes.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Field(() => String, { description: 'Contact content (聯絡內容, at most 500 characters): what was said.' })
  @Column({ type: 'varchar', length: 500, default: '' })
  content: string;

  @Field(() => Date, { nullable: true, description: 'When to contact the member next; null for none.' })
  @Column({ type: 'datetime', nullable: true })
  nextFollowUpAt: Date | null;

  @Column({ type: 'int' })
  createdById: number;

  @Column({ type: 'int' })
  updatedById: number;

  @Field(() => Date, { description: 'When the log was written.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the log was last updated (最後更新).' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
