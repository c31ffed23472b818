import { graphql } from '@/graphql/generated';

/** The catalogue screens' GraphQL documents (products, categories, departments); `npm run codegen` types them. */

export const ProductRow = graphql(`
  fragment ProductRow on Product {
    id
    code
    barcode
    label
    priceCents
    active
    lowStockThreshold
    category { id label }
    department { id label }
  }
`);

export const ProductDetail = graphql(`
  fragment ProductDetail on Product {
    id
    code
    barcode
    name
    label
    translations { zhHK en zhCN th }
    category { id label }
    department { id label }
    priceCents
    costCents
    taxRateBasisPoints
    allowNegativeStock
    lowStockThreshold
    active
  }
`);

/** One page of the product list, filtered as the list's search form says. */
export const ProductsQuery = graphql(`
  query SalesProducts($filter: ProductFilter, $after: String) {
    products(filter: $filter, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      totalCount
      nodes { ...ProductRow }
    }
    systemSettings { currency currencyDisplay currencyDecimals }
  }
`);

/** A product with its stock at every branch that held it and its latest movements. */
export const ProductPageQuery = graphql(`
  query SalesProduct($id: ID!, $after: String) {
    product(id: $id) {
      ...ProductDetail
      stockLevels { onHand updatedAt branch { id code label } }
    }
    stockMovements(productId: $id, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id kind quantity reason createdAt branch { id label } counterpartBranch { id label } staff { id displayName } }
    }
    systemSettings { currency currencyDisplay currencyDecimals }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) { ...ProductDetail }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: ProductInput!) {
    updateProduct(id: $id, input: $input) { ...ProductDetail }
  }
`);

export const CategoryRow = graphql(`
  fragment CategoryRow on ProductCategory {
    id
    code
    name
    label
    translations { zhHK en zhCN th }
    sortOrder
    active
  }
`);

export const DepartmentRow = graphql(`
  fragment DepartmentRow on Department {
    id
    code
    name
    label
    translations { zhHK en zhCN th }
    active
  }
`);

/** Every category, inactive ones too (the settings list and the product form's choices). */
export const CategoriesQuery = graphql(`
  query SalesCategories($after: String) {
    productCategories(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...CategoryRow }
    }
  }
`);

/** Every department, inactive ones too. */
export const DepartmentsQuery = graphql(`
  query SalesDepartments($after: String) {
    departments(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...DepartmentRow }
    }
  }
`);

/** Active departments as choices (the treatment editor, the product form). */
export const DepartmentChoicesQuery = graphql(`
  query DepartmentChoices($after: String) {
    departments(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id label }
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateProductCategory($input: ProductCategoryInput!) {
    createProductCategory(input: $input) { ...CategoryRow }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {
    updateProductCategory(id: $id, input: $input) { ...CategoryRow }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) {
    createDepartment(input: $input) { ...DepartmentRow }
  }
`);

export const UpdateDepartmentMutation = graphql(`
  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {
    updateDepartment(id: $id, input: $input) { ...DepartmentRow }
  }
`);
