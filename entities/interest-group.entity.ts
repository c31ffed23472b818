import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('InterestGroup', { description: 'A marketing interest tag members can carry (e.g. facial, slimming).' })
@Entity('interest_groups')
export class InterestGroup {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code.' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Display name.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;
}
