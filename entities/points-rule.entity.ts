import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { idList } from './column-transformers';

/** How a points rule changes the level's earning rate on the lines it covers. */
export enum PointsRuleEffect {
  MULTIPLY = 'MULTIPLY',
  REPLACE = 'REPLACE',
}

registerEnumType(PointsRuleEffect, {
  name: 'PointsRuleEffect',
  description: 'How a points rule changes the level\'s earning rate.',
  valuesConfig: {
    MULTIPLY: { description: 'Multiplies the rate (e.g. double points in the birthday month).' },
    REPLACE: { description: 'Replaces the level\'s points per 100 with the rule\'s own.' },
  },
});

/**
 * A points rule (積分規則): on the invoice lines it covers — by branch, member level, product,
 * treatment, product category, department, the member's birthday month, weekdays and period —
 * it multiplies or replaces the level's points per 100. Empty id lists mean "all".
 */
@ObjectType('PointsRule', { description: 'A points earning rule: multiplies or replaces the level\'s rate on the lines and purchases it covers.' })
@Entity('points_rules')
export class PointsRule {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Short unique code, e.g. "BDAY2".' })
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown on the rule list and in a ledger entry\'s explanation.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Boolean, { description: 'Only active rules apply.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => PointsRuleEffect, { description: 'Multiply or replace the level\'s rate.' })
  @Column({ type: 'varchar', length: 10 })
  effect: PointsRuleEffect;

  @Field(() => Int, { description: 'For MULTIPLY: the factor in basis points (20000 = ×2).' })
  @Column({ type: 'int', default: 10000 })
  multiplierBasisPoints: number;

  @Field(() => Int, { description: 'For REPLACE: points earned per 100 of the currency spent.' })
  @Column({ type: 'int', default: 0 })
  pointsPer100: number;

  @Field(() => Int, { description: 'When several REPLACE rules cover a line, the highest priority wins.' })
  @Column({ type: 'int', default: 0 })
  priority: number;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  branchIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  memberGroupIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  productIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  treatmentIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  categoryIds: number[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true, transformer: idList })
  departmentIds: number[] | null;

  /** ISO weekdays (1 = Monday … 7 = Sunday) in the branch's time zone; null = every day. */
  @Column({ type: 'varchar', length: 20, nullable: true, transformer: idList })
  weekdays: number[] | null;

  @Field(() => Boolean, { description: 'Applies only in the member\'s birth month.' })
  @Column({ type: 'boolean', default: false })
  birthdayMonthOnly: boolean;

  @Field(() => String, { nullable: true, description: 'First day the rule applies (YYYY-MM-DD, the branch\'s date); null = no start.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Last day the rule applies (YYYY-MM-DD); null = no end.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  validTo: string | null;

  @Field(() => Date, { description: 'When the rule was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the rule last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
