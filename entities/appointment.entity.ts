import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn,
} from 'typeorm';
import { Branch } from './branch.entity';
import { Member } from './member.entity';
import { Staff } from './staff.entity';

export enum AppointmentStatus {
  BOOKED = 'booked',
  ARRIVED = 'arrived',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  NO_SHOW = 'no_show',
}

registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Where an appointment is: booked → arrived → completed, or cancelled / no-show.',
  valuesConfig: {
    BOOKED: { description: 'Booked (已預約), not yet arrived.' },
    ARRIVED: { description: 'The member has arrived (到達).' },
    COMPLETED: { description: 'The treatment is done (已完成).' },
    CANCELLED: { description: 'Cancelled (取消); frees its beautician, room and equipment.' },
    NO_SHOW: { description: 'The member did not come (失約); frees its resources.' },
  },
});

/** Statuses whose appointments hold their beautician, room and equipment. */
export const BLOCKING_STATUSES = [AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED, AppointmentStatus.COMPLETED] as const;

/**
 * An appointment (預約). `endsAt` is when the treatment ends; `blockedUntil` adds the treatment's
 * buffer and is what overlaps are checked against, so the check is one indexed range test.
 * `simpleResolvers`: its plain columns are read without the per-field middleware (a day calendar
 * shows 300 of them at once); field resolvers (member, contactMember …) still run every check.
 */
@ObjectType('Appointment', { simpleResolvers: true, description: 'An appointment (預約): member, branch, time, beautician, room, equipment, treatment and offer.' })
@Entity('appointments')
@Index('idx_appointments_branch_time', ['branchId', 'startsAt'])
@Index('idx_appointments_beautician_time', ['beauticianId', 'startsAt', 'blockedUntil'])
@Index('idx_appointments_room_time', ['roomId', 'startsAt', 'blockedUntil'])
@Index('idx_appointments_equipment_time', ['equipmentId', 'startsAt', 'blockedUntil'])
@Index('idx_appointments_member_time', ['memberId', 'startsAt'])
@Index('idx_appointments_campaign_member', ['campaignMemberId'])
export class Appointment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'int' })
  branchId: number;

  @ManyToOne(() => Branch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'branchId' })
  branch?: Branch;

  @Column({ type: 'int', nullable: true })
  beauticianId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'beauticianId' })
  beautician?: Staff | null;

  @Column({ type: 'int', nullable: true })
  roomId: number | null;

  @Column({ type: 'int', nullable: true })
  equipmentId: number | null;

  @Column({ type: 'int', nullable: true })
  treatmentId: number | null;

  @Field(() => Date, { description: 'Start of the treatment.' })
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Field(() => Date, { description: 'End of the treatment.' })
  @Column({ type: 'datetime' })
  endsAt: Date;

  /** End plus the treatment's buffer: the beautician, room and equipment are held until then. */
  @Column({ type: 'datetime' })
  blockedUntil: Date;

  @Field(() => AppointmentStatus, { description: 'Where the appointment is.' })
  @Column({ type: 'varchar', length: 10, default: AppointmentStatus.BOOKED })
  status: AppointmentStatus;

  @Field(() => String, { nullable: true, description: 'Offer code (優惠編號) the booking carries, from the campaign when booked from a contact.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  offerCode: string | null;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號) the booking carries.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  analysisCode: string | null;

  /** The contact (campaign member) the appointment was booked from, if any. */
  @Column({ type: 'int', nullable: true })
  campaignMemberId: number | null;

  @Field(() => String, { description: 'Booking note (備註, at most 500 characters).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  @Field(() => String, { description: 'Attendance note (出席備註).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  attendanceNote: string;

  @Field(() => String, { description: 'Verification note (驗證備註).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  verificationNote: string;

  @Field(() => String, { description: 'Purchase note (購買備註).' })
  @Column({ type: 'varchar', length: 500, default: '' })
  purchaseNote: string;

  @Field(() => Date, { nullable: true, description: 'When the member arrived.' })
  @Column({ type: 'datetime', nullable: true })
  arrivedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  arrivedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When attendance was verified (出席驗證).' })
  @Column({ type: 'datetime', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  verifiedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When the treatment was completed.' })
  @Column({ type: 'datetime', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  completedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When the appointment was cancelled or marked no-show.' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  closedById: number | null;

  @Column({ type: 'int' })
  createdById: number;

  @Column({ type: 'int' })
  updatedById: number;

  @Field(() => Int, { description: 'Increases with every change; pass it back when editing to detect a concurrent change.' })
  @VersionColumn({ type: 'int' })
  version: number;

  @Field(() => Date, { description: 'When the appointment was booked.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the appointment last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
