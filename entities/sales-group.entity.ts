import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('SalesGroup', { description: 'A group of salespeople (Sales, Sales Manager, Sales Trainee), used by reports.' })
@Entity('sales_groups')
export class SalesGroup {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Name of the group.' })
  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;
}
