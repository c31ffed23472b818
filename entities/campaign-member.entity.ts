import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { Campaign } from './campaign.entity';
import { ContactStatus } from './contact-status.entity';
import { Member } from './member.entity';
import { Staff } from './staff.entity';

const cents = { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) };

/**
 * A member assigned to a campaign and to the salesperson who contacts them (聯絡會員). The
 * latest log's state (status, time, follow-up) is copied here whenever logs change, so the
 * contact list filters and sorts on one table's indexes instead of finding each row's latest log.
 */
@ObjectType('ContactMember', { description: 'A member in a contact campaign, assigned to one salesperson (聯絡會員), with the state of its latest contact.' })
@Entity('campaign_members')
@Index('uq_campaign_members_campaign_member', ['campaignId', 'memberId'], { unique: true })
@Index('idx_campaign_members_member', ['memberId', 'campaignId'])
@Index('idx_campaign_members_salesperson', ['salespersonId', 'memberId'])
@Index('idx_cm_sp_last_contact', ['salespersonId', 'memberHidden', 'lastContactAt', 'id'])
@Index('idx_cm_last_contact', ['memberHidden', 'lastContactAt', 'id'])
@Index('idx_cm_sp_next_follow_up', ['salespersonId', 'memberHidden', 'nextFollowUpAt', 'id'])
@Index('idx_cm_next_follow_up', ['memberHidden', 'nextFollowUpAt', 'id'])
// memberHidden sits in every filter's index so the list's COUNT(*) reads the index alone (a 500k-row
// status count: 950 ms through the table, 45 ms from the index, SQLite, 2M contact members).
@Index('idx_cm_sp_follow_up', ['salespersonId', 'memberHidden', 'followUpClosedAt', 'nextFollowUpAt'])
@Index('idx_cm_follow_up', ['memberHidden', 'followUpClosedAt', 'nextFollowUpAt'])
@Index('idx_cm_campaign_sp', ['campaignId', 'salespersonId', 'statusId', 'memberHidden'])
// A campaign's page in last-contact order without walking every campaign's rows (MariaDB: 58 ms → see docs/benchmarks.md).
@Index('idx_cm_campaign_last_contact', ['campaignId', 'memberHidden', 'lastContactAt', 'id'])
@Index('idx_cm_status', ['statusId', 'memberHidden', 'salespersonId'])
// The campaign analysis groups in these orders without sorting (SQLite by salesperson, 2M rows: 3.0 s → see docs/benchmarks.md);
// each carries the other filter column, so a campaign or salesperson filter never reads the rows
// (MariaDB by salesperson, 94 campaigns: 54.7 s through the rows).
@Index('idx_cm_hidden_sp_status', ['memberHidden', 'salespersonId', 'statusId', 'campaignId'])
@Index('idx_cm_hidden_campaign_status', ['memberHidden', 'campaignId', 'statusId', 'salespersonId'])
// The analysis with a contact-date range: the members contacted since its start, with what it groups on.
@Index('idx_cm_hidden_contacted', ['memberHidden', 'lastContactAt', 'campaignId', 'salespersonId', 'statusId'])
@Index('idx_cm_booked', ['memberHidden', 'bookedAt'])
// The verified and same-day invoice filters match rows spread far down the last-contact order, so
// their indexes carry lastContactAt: the page is sorted from the index alone (SQLite, 64k verified
// rows: 110 → 10 ms) and the count stays index-only.
@Index('idx_cm_verified', ['memberHidden', 'attendanceVerifiedAt', 'lastContactAt'])
@Index('idx_cm_invoice', ['memberHidden', 'sameDayInvoiceCents', 'lastContactAt'])
@Index('idx_cm_product', ['memberHidden', 'sameDayProductCents', 'lastContactAt'])
@Index('idx_cm_treatment', ['memberHidden', 'sameDayTreatmentCents', 'lastContactAt'])
export class CampaignMember {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @ManyToOne(() => Campaign, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaignId' })
  campaign?: Campaign;

  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'int' })
  salespersonId: number;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'salespersonId' })
  salesperson?: Staff;

  /** Current contact status: the default status at assignment, then the latest log's. */
  @Column({ type: 'int' })
  statusId: number;

  @ManyToOne(() => ContactStatus, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statusId' })
  status?: ContactStatus;

  /** True while the member is in the recycle bin: such rows leave every contact list and count. */
  @Column({ type: 'boolean', default: false })
  memberHidden: boolean;

  /** The latest contact log (by contact time, then id); null before the first contact. */
  @Column({ type: 'int', nullable: true })
  lastLogId: number | null;

  @Field(() => Date, { nullable: true, description: 'When the member was last contacted (聯絡日期時間); null if never.' })
  @Column({ type: 'datetime', nullable: true })
  lastContactAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the salesperson should contact the member next; null if not set.' })
  @Column({ type: 'datetime', nullable: true })
  nextFollowUpAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the follow-up was ended ("end follow-up"); null while it is open.' })
  @Column({ type: 'datetime', nullable: true })
  followUpClosedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The closing note written when the follow-up was ended.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  followUpClosingNote: string | null;

  @Column({ type: 'int', nullable: true })
  followUpClosedById: number | null;

  /** The appointment booked from this contact (set by booking); null when not booked. */
  @Column({ type: 'int', nullable: true })
  appointmentId: number | null;

  @Field(() => Date, { nullable: true, description: 'When an appointment was booked from this contact; null when not booked.' })
  @Column({ type: 'datetime', nullable: true })
  bookedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the member\'s attendance was verified (出席驗證); null if not verified.' })
  @Column({ type: 'datetime', nullable: true })
  attendanceVerifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  attendanceVerifiedById: number | null;

  /** Same-day invoice totals for the booked visit (in cents); null until invoices exist for it. */
  @Column({ type: 'bigint', nullable: true, transformer: cents })
  sameDayInvoiceCents: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: cents })
  sameDayProductCents: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: cents })
  sameDayTreatmentCents: number | null;

  @Field(() => Date, { description: 'When the member was assigned to the campaign.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the row last changed (assignment, log, follow-up).' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
