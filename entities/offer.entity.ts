import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An offer (優惠) as campaigns need it: code, name, analysis code and whether marketing may
 * attach it to a campaign (市場部優惠). Conditions and discounts come with the offers issue.
 */
@ObjectType('Offer', { description: 'An offer (優惠), e.g. "AP" with analysis code "K11"; marketing offers may be attached to campaigns.' })
@Entity('offers')
export class Offer {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Offer code (優惠編號): at most 20 characters, no spaces or !@$#%^&*.' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Offer name (at most 100 characters).' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Analysis code (分析編號) recorded with sales under this offer, e.g. "K11".' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  analysisCode: string | null;

  @Field(() => Boolean, { description: 'A marketing offer (市場部優惠): only these can be chosen for a campaign.' })
  @Column({ type: 'boolean', default: false })
  isMarketing: boolean;

  @Field(() => Date, { description: 'When the offer was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the offer was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
