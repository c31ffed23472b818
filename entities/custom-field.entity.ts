import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum CustomFieldType {
  TEXT = 'text',
  NUMBER = 'number',
  DATE = 'date',
  SELECT = 'select',
}

registerEnumType(CustomFieldType, {
  name: 'CustomFieldType',
  description: 'What kind of value an extra member field holds.',
  valuesConfig: {
    TEXT: { description: 'Free text, up to the field\'s maximum length.' },
    NUMBER: { description: 'A number.' },
    DATE: { description: 'A date (YYYY-MM-DD).' },
    SELECT: { description: 'One of the field\'s options.' },
  },
});

@ObjectType('CustomField', { description: 'An extra member field an admin defined.' })
@Entity('custom_fields')
export class CustomField {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Unique key used by the API, e.g. "skinType".' })
  @Column({ type: 'varchar', length: 50, unique: true })
  key: string;

  @Field(() => String, { description: 'Label shown on forms and the member page.' })
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Field(() => CustomFieldType, { description: 'Kind of value.' })
  @Column({ type: 'varchar', length: 10 })
  type: CustomFieldType;

  @Field(() => Int, { nullable: true, description: 'Maximum length of a text value.' })
  @Column({ type: 'int', nullable: true })
  maxLength: number | null;

  @Field(() => [String], { description: 'Allowed values of a select field.' })
  @Column({ type: 'simple-json', nullable: true, transformer: { to: (v: string[] | null) => v, from: (v: string[] | null) => v ?? [] } })
  options: string[];

  @Field(() => String, { nullable: true, description: 'Value a new member starts with.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  defaultValue: string | null;

  @Field(() => Boolean, { description: 'Whether registration requires a value.' })
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => Int, { description: 'Position on forms.' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Inactive fields are hidden from forms but keep their values.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
