import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A gift category (禮品類別). */
@ObjectType('GiftCategory', { description: 'A gift category (禮品類別).' })
@Entity('gift_categories')
export class GiftCategory {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code.' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name of the category.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Int, { description: 'Position in lists.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive categories are kept for history but not offered.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
