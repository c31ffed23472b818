import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Role } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { ALL_PERMISSIONS, Permission, PERMISSION_AREAS, permissionArea } from '../../services/admin/permission';
import { RoleService } from '../../services/admin/role.service';
import { catalogueTranslator } from '../../services/i18n/translator';
import { LocalisedNamesInput, LocalisedNamesType } from '../contact-settings/contact-option.resolver';

@ObjectType('RoleConnection', { description: 'A page of roles, in the order they were made (the built-in ones first).' })
export class RoleConnection extends Connection(Role, 'Role') {}

@InputType('RoleInput', { description: 'A role as an administrator types it; checked with the same rules as the role editor.' })
export class RoleInput {
  @Field(() => String, { description: 'Name as entered (1–60 characters), unique whatever its case, e.g. "Front desk (no exports)".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales (each at most 60 characters); replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => [Permission], { description: 'Every permission the role grants (replaces the stored set). Only permissions the caller holds can be newly granted.' })
  permissions: Permission[];
}

@ObjectType('PermissionInfo', { description: 'One permission of the catalogue, in the caller\'s language.' })
export class PermissionInfo {
  @Field(() => Permission, { description: 'The permission.' })
  permission: Permission;

  @Field(() => String, { description: 'The permission as code and messages spell it, e.g. "data.export".' })
  value: string;

  @Field(() => String, { description: 'Short name, e.g. "Export data".' })
  name: string;

  @Field(() => String, { description: 'What holding it allows.' })
  description: string;

  @Field(() => Boolean, { description: 'The caller holds it, so may grant it to a role.' })
  grantable: boolean;
}

@ObjectType('PermissionArea', { description: 'A part of the product and the permissions about it.' })
export class PermissionArea {
  @Field(() => String, { description: 'The area, e.g. "members".' })
  key: string;

  @Field(() => String, { description: 'The area\'s name in the caller\'s language.' })
  name: string;

  @Field(() => [PermissionInfo], { description: 'The area\'s permissions, in catalogue order (a fixed, short list).' })
  permissions: PermissionInfo[];
}

@ObjectType('PermissionCatalogue', { description: 'The fixed catalogue of permissions (權限) roles are made of, grouped by area.' })
export class PermissionCatalogue {
  @Field(() => [PermissionArea], { description: 'The areas in the order the role editor shows them (a fixed, short list).' })
  areas: PermissionArea[];
}

const idArg = { description: 'The role\'s id.' };

/**
 * 權限設置: every signed-in staff member reads roles and the catalogue (roles label staff
 * everywhere); staff holding roles.manage create, change and delete roles.
 */
@Authorized()
@Resolver(() => Role)
export class RoleAdminResolver {
  @Query(() => RoleConnection, { description: 'Every role, a page at a time, in the order they were made (built-in ones first).' })
  async roles(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<RoleConnection> {
    return RoleConnection.from(await new RoleService(ds).list({ first: page.first, after: page.after ?? null }));
  }

  @Query(() => Role, { description: 'One role; NOT_FOUND when there is no such role.' })
  async role(@Arg('id', () => ID, idArg) id: string, @Ctx() { ds }: GraphQLContext): Promise<Role> {
    return new RoleService(ds).get(parseId(id, 'id'));
  }

  @Query(() => PermissionCatalogue, { description: 'The permission catalogue, grouped by area, with each permission\'s name and description in the caller\'s language.' })
  permissionCatalogue(@Ctx() context: GraphQLContext): PermissionCatalogue {
    const viewer = viewerOf(context);
    const t = catalogueTranslator(context.locale);
    const areas = PERMISSION_AREAS.map((area) => ({
      key: area,
      name: t.area(area),
      permissions: ALL_PERMISSIONS.filter((permission) => permissionArea(permission) === area).map((permission) => ({
        permission,
        value: permission,
        name: t.name(permission),
        description: t.description(permission),
        grantable: viewer.permissions.has(permission),
      })),
    }));
    return { areas: areas.filter((area) => area.permissions.length > 0) };
  }

  @Authorized(Permission.RolesManage)
  @Mutation(() => Role, { description: 'Adds a role (needs roles.manage); it is given a key of its own that never changes. Audited.' })
  async createRole(@Arg('input', () => RoleInput, { description: 'The role.' }) input: RoleInput, @Ctx() context: GraphQLContext): Promise<Role> {
    return new RoleService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.RolesManage)
  @Mutation(() => Role, {
    description: 'Renames, translates or changes the permissions of a role, built-in ones too (needs roles.manage); its holders have the new permissions from their next request. Audited.',
  })
  async updateRole(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => RoleInput, { description: 'The role\'s new name, translations and permissions.' }) input: RoleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Role> {
    return new RoleService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.RolesManage)
  @Mutation(() => Role, { description: 'Deletes a role nobody holds (needs roles.manage); built-in roles cannot be deleted. Returns the deleted role. Audited.' })
  async deleteRole(@Arg('id', () => ID, idArg) id: string, @Ctx() context: GraphQLContext): Promise<Role> {
    return new RoleService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() role: Role): LocalisedNamesType {
    const names = role.translations ?? {};
    return { zhHK: names['zh-HK'] ?? null, en: names.en ?? null, zhCN: names['zh-CN'] ?? null, th: names.th ?? null };
  }

  @FieldResolver(() => Int, { description: 'How many active staff hold the role.' })
  staffCount(@Root() role: Role, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.roleStaffCount.load(role.key);
  }
}
