import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { Branch } from './branch.entity';
import { SalesGroup } from './sales-group.entity';
import { MemberReach } from '../services/visibility/member-visibility';

registerEnumType(MemberReach, {
  name: 'MemberReach',
  description: 'Which branches\' members a staff member may see (會員查看範圍).',
  valuesConfig: {
    OWN_BRANCH: { description: 'Members of their own branch.' },
    CHOSEN_BRANCHES: { description: 'Members of their own branch and of the chosen branches.' },
    ALL: { description: 'Members of every branch.' },
  },
});

@ObjectType('Staff', { description: 'A member of staff; salespeople, managers and front desk sign in as staff.' })
@Entity('staff')
export class Staff {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Staff code shown beside the name, e.g. "IS007".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown to colleagues, e.g. "Apple Yu".' })
  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Field(() => String, { description: 'Sign-in name.' })
  @Column({ type: 'varchar', length: 50, unique: true })
  login: string;

  /** bcrypt hash; null for staff who never sign in (e.g. some beauticians). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  passwordHash: string | null;

  @Index('idx_staff_branch')
  @Column({ type: 'int' })
  branchId: number;

  @ManyToOne(() => Branch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'branchId' })
  branch?: Branch;

  @Index('idx_staff_sales_group')
  @Column({ type: 'int', nullable: true })
  salesGroupId: number | null;

  @ManyToOne(() => SalesGroup, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'salesGroupId' })
  salesGroup?: SalesGroup | null;

  /** Keys of the roles held (roles.key); a staff member may hold several. The `roles` field resolves them. */
  @Column({ type: 'simple-array' })
  roles: string[];

  @Field(() => MemberReach, { description: 'Which branches\' members this staff member may see.' })
  @Column({ type: 'varchar', length: 16, default: MemberReach.OWN_BRANCH })
  memberReach: MemberReach;

  /** Branch ids added to the own branch when memberReach is CHOSEN_BRANCHES. */
  @Column({ type: 'simple-array', nullable: true })
  memberBranchIds: string[] | null;

  @Field(() => Boolean, { description: 'True until the staff member replaces an initial or reset password; until then only the password change is allowed.' })
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** When the password was last set; the password policy's expiry counts from here. */
  @Column({ type: 'datetime', nullable: true })
  passwordChangedAt: Date | null;

  @Field(() => Boolean, { description: 'Inactive staff cannot sign in and are not offered for new work.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { description: 'When the record was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
