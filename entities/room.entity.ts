import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Branch } from './branch.entity';

@ObjectType('Room', { description: 'A treatment room (房間) of a branch, of a type treatments may require.' })
@Entity('rooms')
@Index('uq_rooms_branch_name', ['branchId', 'name'], { unique: true })
export class Room {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  branchId: number;

  @ManyToOne(() => Branch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'branchId' })
  branch?: Branch;

  @Field(() => String, { description: 'Name shown on the boards (at most 50 characters), e.g. "Room 20".' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { description: 'Room type matched against a treatment\'s required type, e.g. "facial".' })
  @Column({ type: 'varchar', length: 30 })
  type: string;

  @Field(() => Boolean, { description: 'Inactive rooms are not offered for bookings.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
