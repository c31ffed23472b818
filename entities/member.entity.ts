import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { Gender } from '../services/members/gender';
import { Branch } from './branch.entity';
import { MemberGroup } from './member-group.entity';
import { Staff } from './staff.entity';
import { LocalDate } from '../graphql/scalars';

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender as recorded at registration.',
  valuesConfig: {
    FEMALE: { description: 'Female (小姐 / Ms).' },
    MALE: { description: 'Male (先生 / Mr).' },
    UNKNOWN: { description: 'Not given.' },
  },
});

@ObjectType('Member', { description: 'A customer of the salon chain.' })
@Entity('members')
@Index('idx_members_branch_group', ['branchId', 'groupId'])
// Covering indexes for the search form's usual filters, so a filtered count never reads the table.
@Index('idx_members_branch_group_filter', ['branchId', 'groupId', 'gender', 'birthMonth', 'deletedAt'])
@Index('idx_members_branch_month', ['branchId', 'birthMonth', 'groupId', 'deletedAt'])
export class Member {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique member number, e.g. "A001" or "WeM-00004".' })
  @Column({ type: 'varchar', length: 30, unique: true })
  memberNo: string;

  @Field(() => String, { description: 'Surname, e.g. "陳" or "Chan".' })
  @Column({ type: 'varchar', length: 50 })
  lastName: string;

  @Field(() => String, { description: 'Given name, e.g. "小麗" or "Susan".' })
  @Column({ type: 'varchar', length: 50, default: '' })
  firstName: string;

  @Field(() => String, { nullable: true, description: 'English name when the member has one besides a Chinese name.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  englishName: string | null;

  @Field(() => Gender, { description: 'Gender.' })
  @Column({ type: 'varchar', length: 1, default: Gender.UNKNOWN })
  gender: Gender;

  @Field(() => String, { nullable: true, description: 'Identity card number.' })
  @Index('idx_members_id_card')
  @Column({ type: 'varchar', length: 20, nullable: true })
  idCard: string | null;

  @Field(() => String, { nullable: true, description: 'Main phone number (mobile), digits only.' })
  @Index('idx_members_phone')
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Second phone number, digits only.' })
  @Index('idx_members_phone2')
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone2: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Column({ type: 'varchar', length: 150, nullable: true })
  email: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Birthday as an ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Index('idx_members_branch')
  @Column({ type: 'int' })
  branchId: number;

  @ManyToOne(() => Branch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'branchId' })
  branch?: Branch;

  @Index('idx_members_group')
  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => MemberGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'groupId' })
  group?: MemberGroup;

  @Index('idx_members_consultant')
  @Column({ type: 'int', nullable: true })
  consultantId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'consultantId' })
  consultant?: Staff | null;

  @Field(() => String, { nullable: true, description: 'Postal address, as printed on labels.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text remarks about the member.' })
  @Column({ type: 'text', nullable: true })
  remarks: string | null;

  @Field(() => Boolean, { description: 'True for a walk-in customer with a provisional K number, not yet a member.' })
  @Index('idx_members_walk_in')
  @Column({ type: 'boolean', default: false })
  isWalkIn: boolean;

  @Index('idx_members_referrer')
  @Column({ type: 'int', nullable: true })
  referrerId: number | null;

  @ManyToOne(() => Member, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'referrerId' })
  referrer?: Member | null;

  /** Month of the birthday (1–12), kept with the birthday so the month filter can use an index. */
  @Index('idx_members_birth_month')
  @Column({ type: 'smallint', nullable: true })
  birthMonth: number | null;

  /** Lower-case name without spaces ("陳小麗", "chansusan"), for indexed prefix search. */
  @Index('idx_members_search_name')
  @Column({ type: 'varchar', length: 120, default: '' })
  searchName: string;

  /** The other order or the English name ("susanchan", "susan"), for indexed prefix search. */
  @Index('idx_members_search_alt')
  @Column({ type: 'varchar', length: 120, default: '' })
  searchNameAlt: string;

  @Field(() => Date, { nullable: true, description: 'When the member was moved to the recycle bin; null while active.' })
  @Index('idx_members_deleted_at')
  @Column({ type: 'datetime', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  deletedById: number | null;

  @Field(() => Date, { description: 'When the member was registered (the join date).' })
  @Index('idx_members_created_at')
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
