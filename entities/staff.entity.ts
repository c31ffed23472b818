import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { Branch } from './branch.entity';
import { StaffRole } from '../services/staff/staff-role';
import { SalesGroup } from './sales-group.entity';

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff member does; a staff member may hold several roles.',
  valuesConfig: {
    ADMIN: { description: 'Configures the system and sees everything.' },
    MANAGER: { description: 'Supervises staff, follow-ups and reports.' },
    SALESPERSON: { description: 'Works contact campaigns and books members.' },
    BEAUTICIAN: { description: 'Performs treatments.' },
    FRONT_DESK: { description: 'Receives members at the counter.' },
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

  @Field(() => [StaffRole], { description: 'Roles held by this staff member.' })
  @Column({ type: 'simple-array' })
  roles: StaffRole[];

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
