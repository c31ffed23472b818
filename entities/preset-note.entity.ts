import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('PresetNote', { description: 'A canned contact note (聯絡會員備註) salespeople pick instead of typing, e.g. "免費試做".' })
@Entity('preset_notes')
@Index('idx_preset_notes_order', ['sortOrder', 'id'])
export class PresetNote {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'The note text (at most 500 characters).' })
  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Field(() => Int, { description: 'Position in the picker.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;
}
