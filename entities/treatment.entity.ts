import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

const cents = { to: (v: number) => v, from: (v: string | number) => Number(v) };

@ObjectType('Treatment', { description: 'A treatment (護理 / 療程), e.g. "Facial C (T05)", 90 minutes.' })
@Entity('treatments')
export class Treatment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 20 characters), e.g. "T05".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Series (系列) used to narrow the treatment picker, e.g. "Facial".' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  series: string | null;

  @Field(() => Int, { description: 'How long the treatment takes, in minutes.' })
  @Column({ type: 'int' })
  durationMinutes: number;

  @Field(() => Int, { description: 'Minutes the beautician, room and equipment stay blocked after the treatment (cleaning, notes).' })
  @Column({ type: 'int', default: 0 })
  bufferMinutes: number;

  @Field(() => Int, { description: 'Price in cents of the branch currency.' })
  @Column({ type: 'bigint', default: 0, transformer: cents })
  priceCents: number;

  /** The department (購買項目部門) its sales count under; read through the `department` field. */
  @Column({ type: 'int', nullable: true })
  departmentId: number | null;

  @Field(() => String, { nullable: true, description: 'Code of the equipment (儀器) one unit of which the treatment needs at the branch, e.g. "E01"; null for none.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  equipmentCode: string | null;

  @Field(() => String, { nullable: true, description: 'Type of room the treatment needs, e.g. "facial"; null for any room or none.' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  roomType: string | null;

  @Field(() => Boolean, { description: 'Inactive treatments stay on old appointments but cannot be booked.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { description: 'When the treatment was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the treatment was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
