import { graphql } from '@/graphql/generated';

/** The package pages' GraphQL documents (types editor, sell form, package actions, completion board); `npm run codegen` types them. */

export const PackageTypeFields = graphql(`
  fragment PackageTypeFields on PackageType {
    id
    code
    name
    kind
    sessions
    valueCents
    priceCents
    validityMonths
    active
    treatmentsAny
    treatments { id code name priceCents }
  }
`);

export const PackageTypesQuery = graphql(`
  query PackageTypes($active: Boolean, $search: String, $first: Int, $after: String) {
    packageTypes(active: $active, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...PackageTypeFields }
    }
  }
`);

export const PackageValueSuggestionQuery = graphql(`
  query PackageValueSuggestion($treatmentIds: [ID!]!) {
    packageValueSuggestion(treatmentIds: $treatmentIds)
  }
`);

export const CreatePackageTypeMutation = graphql(`
  mutation CreatePackageType($input: PackageTypeInput!) {
    createPackageType(input: $input) { ...PackageTypeFields }
  }
`);

export const UpdatePackageTypeMutation = graphql(`
  mutation UpdatePackageType($id: ID!, $input: PackageTypeInput!) {
    updatePackageType(id: $id, input: $input) { ...PackageTypeFields }
  }
`);

export const SetPackageTypeActiveMutation = graphql(`
  mutation SetPackageTypeActive($id: ID!, $active: Boolean!) {
    setPackageTypeActive(id: $id, active: $active) { id active }
  }
`);

/** The treatment picker's search: a few matches at a time, never the whole catalogue. */
export const PackageTreatmentSearchQuery = graphql(`
  query PackageTreatmentSearch($search: String, $first: Int) {
    treatments(search: $search, first: $first) { nodes { id code name priceCents } }
  }
`);

/** What the sell form needs around the type: the viewer's branch (and its calendar) and the tenders that take money. */
export const SellPackageSetupQuery = graphql(`
  query SellPackageSetup {
    viewer { id branch { id timeZone } }
    tenderTypes(first: 100) { nodes { id code label kind active } }
  }
`);

export const SellPackageMutation = graphql(`
  mutation SellPackage($input: SellPackageInput!) {
    sellPackage(input: $input) { id name validTo prepaidSale { id number } }
  }
`);

export const MemberPackageActionsQuery = graphql(`
  query MemberPackageActions($id: ID!) {
    viewer { id branch { id } }
    memberPackage(id: $id) { id name kind status sessionsRemaining usable treatmentsAny treatments { id code name } }
    tenderTypes(first: 100) { nodes { id code label kind active } }
  }
`);

export const UsableSessionPackagesQuery = graphql(`
  query UsableSessionPackages($memberId: ID!, $treatmentId: ID) {
    usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: SESSIONS) { id name sessionsRemaining validTo }
  }
`);

export const UseSessionMutation = graphql(`
  mutation UseSession($input: UseSessionInput!) {
    useSession(input: $input) { id sessionsAfter }
  }
`);

export const AddSessionsMutation = graphql(`
  mutation AddSessions($input: AddSessionsInput!) {
    addSessions(input: $input) { id sessionsAfter }
  }
`);

export const RefundPackageMutation = graphql(`
  mutation RefundPackage($input: RefundPackageInput!) {
    refundPackage(input: $input) { id number amountCents }
  }
`);
