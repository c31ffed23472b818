import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A gift (禮品) members redeem with points at the front desk; its stock is kept per branch. */
@ObjectType('Gift', { description: 'A gift (禮品) redeemed with points; stock is kept per branch.' })
@Entity('gifts')
@Index('idx_gifts_category', ['categoryId', 'code'])
export class Gift {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code.' })
  @Column({ type: 'varchar', length: 30, unique: true })
  code: string;

  @Field(() => String, { description: 'Name of the gift.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int', nullable: true })
  categoryId: number | null;

  @Field(() => Int, { description: 'Points one unit costs.' })
  @Column({ type: 'int' })
  pointsPrice: number;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'Only active gifts can be redeemed.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { description: 'When the gift was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the gift last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
