import { graphql } from '@/graphql/generated';

/** 權限設置's GraphQL documents; `npm run codegen` types them from the schema. */

export const AdminRoleRow = graphql(`
  fragment AdminRoleRow on Role {
    id
    key
    name
    label
    builtIn
    permissions
    staffCount
  }
`);

export const AdminRoleDetail = graphql(`
  fragment AdminRoleDetail on Role {
    id
    key
    name
    label
    builtIn
    translations { zhHK en zhCN th }
    permissions
    staffCount
  }
`);

/** Every role a page at a time (a chain has a handful). */
export const AdminRolesQuery = graphql(`
  query AdminRoles($after: String) {
    roles(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...AdminRoleRow }
    }
  }
`);

export const AdminRoleQuery = graphql(`
  query AdminRole($id: ID!) {
    role(id: $id) { ...AdminRoleDetail }
  }
`);

/** The catalogue in the caller's language, with what the caller may grant. */
export const PermissionCatalogueQuery = graphql(`
  query PermissionCatalogue {
    permissionCatalogue {
      areas {
        key
        name
        permissions { permission value name description grantable }
      }
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: RoleInput!) {
    createRole(input: $input) { ...AdminRoleDetail }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($id: ID!, $input: RoleInput!) {
    updateRole(id: $id, input: $input) { ...AdminRoleDetail }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id) { id name }
  }
`);
