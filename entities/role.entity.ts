import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LocalisedNames } from '../services/contact-settings/localised-names';
import type { Permission } from '../services/admin/permission';
import { localisedNamesTransformer } from './localised-names';

/**
 * A role (角色): a named set of permissions a chain grants to staff. Staff hold roles by key, so a
 * renamed role keeps its holders; the built-in roles have the keys the product has always used.
 */
@ObjectType('Role', { description: 'A role (角色): a named set of permissions granted to staff.' })
@Entity('roles')
export class Role {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => String, { description: 'Stable key staff hold the role by, e.g. "manager"; never changes, also when the role is renamed.' })
  @Column({ type: 'varchar', length: 40, unique: true })
  key: string;

  @Field(() => String, { description: 'Name as entered (at most 60 characters), e.g. "Front desk (no exports)".' })
  @Column({ type: 'varchar', length: 60, unique: true })
  name: string;

  /** Names in other locales; the `label` field picks the caller's. */
  @Column({ type: 'text', nullable: true, transformer: localisedNamesTransformer })
  translations: LocalisedNames | null;

  /** The permissions the role grants, as catalogue values (services/admin/permission.ts). */
  @Column({ type: 'simple-array' })
  permissions: Permission[];

  @Field(() => Boolean, { description: 'One of the roles the product was installed with; it can be edited but not deleted.' })
  @Column({ type: 'boolean', default: false })
  builtIn: boolean;

  @Field(() => Date, { description: 'When the role was created.' })
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the role was last changed.' })
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
