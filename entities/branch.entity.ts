import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType('Branch', { description: 'A shop of the salon chain (e.g. TKO, TST).' })
@Entity('branches')
export class Branch {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code, e.g. "TKO".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Display name of the branch.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: 'IANA time zone the branch works in, e.g. "Asia/Hong_Kong".' })
  @Column({ type: 'varchar', length: 64, default: 'Asia/Hong_Kong' })
  timeZone: string;

  @Field(() => String, { description: 'ISO 4217 currency the branch charges in, e.g. "HKD".' })
  @Column({ type: 'varchar', length: 3, default: 'HKD' })
  currency: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
