import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Staff } from './staff.entity';

@ObjectType('ApiToken', { description: 'A bearer token a third-party tool uses to call the API as its owner.' })
@Entity('api_tokens')
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'What the token is for, e.g. "POS at TKO".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the secret; the secret itself is shown once and never stored. */
  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it in a list.' })
  @Column({ type: 'varchar', length: 16 })
  tokenPrefix: string;

  @Index('idx_api_tokens_owner')
  @Column({ type: 'int' })
  ownerId: number;

  @ManyToOne(() => Staff, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ownerId' })
  owner?: Staff;

  @Field(() => Date, { nullable: true, description: 'When the token was last used; null if never.' })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; a revoked token is refused.' })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { description: 'When the token was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
