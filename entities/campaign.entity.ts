import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Campaign', { description: 'A contact campaign, e.g. "6月生日會員優惠 (Junebirth)".' })
@Entity('campaigns')
export class Campaign {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique code (at most 50 characters), e.g. "Junebirth".' })
  @Column({ type: 'varchar', length: 50, unique: true })
  code: string;

  @Field(() => String, { description: 'Name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Date, { description: 'When the campaign was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
