import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from './member.entity';
import { Staff } from './staff.entity';

@ObjectType('MemberComment', { description: 'A dated comment a staff member wrote about a member.' })
@Entity('member_comments')
@Index('idx_member_comments_member', ['memberId', 'id'])
export class MemberComment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  member?: Member;

  @Column({ type: 'int', nullable: true })
  authorId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'authorId' })
  author?: Staff | null;

  @Field(() => String, { description: 'The comment (up to 2,000 characters).' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date, { description: 'When it was written.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
