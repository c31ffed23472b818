import { Ctx, FieldResolver, Resolver, Root, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Role, Staff } from '../../entities';
import type { GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { permissionDescription } from '../../services/i18n/translator';

registerEnumType(Permission, {
  name: 'Permission',
  description: 'A named permission of the fixed catalogue; roles grant sets of them.',
  valuesConfig: Object.fromEntries(
    Object.entries(Permission).map(([key, value]) => [key, { description: `${value}: ${permissionDescription(value, 'en')}` }]),
  ),
});

@Authorized()
@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => String, { description: 'The name in the caller\'s locale, else as entered.' })
  label(@Root() role: Role, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(role, locale);
  }

  @FieldResolver(() => [Permission], { description: 'The permissions the role grants, in catalogue order.' })
  permissions(@Root() role: Role): Permission[] {
    return Object.values(Permission).filter((permission) => role.permissions.includes(permission));
  }
}

@Authorized()
@Resolver(() => Staff)
export class StaffRolesResolver {
  @FieldResolver(() => [Role], { description: 'The roles the staff member holds.' })
  async roles(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<Role[]> {
    const roles = await loaders.roleByKey.loadMany(staff.roles);
    return roles.filter((role): role is Role => role instanceof Role);
  }
}
