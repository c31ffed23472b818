import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Department, ProductCategory, Treatment } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { DepartmentService } from '../../services/sales/department.service';
import { ProductCategoryService } from '../../services/sales/product-category.service';
import { LocalisedNamesInput, LocalisedNamesType } from '../contact-settings/contact-option.resolver';
import { translationsOf } from './localised';

@ObjectType('ProductCategoryConnection', { description: 'A page of product categories, in their order.' })
export class ProductCategoryConnection extends Connection(ProductCategory, 'ProductCategory') {}

@ObjectType('DepartmentConnection', { description: 'A page of departments, by code.' })
export class DepartmentConnection extends Connection(Department, 'Department') {}

@InputType('ProductCategoryInput', { description: 'A product category as staff type it; checked with the same rules as the category form.' })
export class ProductCategoryInput {
  @Field(() => String, { description: 'Unique code, 1–20 letters, digits, "-", "_" or ".", e.g. "MASK".' })
  code: string;

  @Field(() => String, { description: 'Name as entered (1–100 characters), e.g. "面膜".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => Int, { nullable: true, description: 'Position in lists, 0–9999 (default 0), smallest first.' })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops offering it for products (they keep it); null means true.' })
  active?: boolean | null;
}

@InputType('DepartmentInput', { description: 'A department as staff type it; checked with the same rules as the department form.' })
export class DepartmentInput {
  @Field(() => String, { description: 'Unique code, 1–20 letters, digits, "-", "_" or ".", e.g. "SKIN".' })
  code: string;

  @Field(() => String, { description: 'Name as entered (1–100 characters), e.g. "護膚".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops offering it for new items (old sales keep it); null means true.' })
  active?: boolean | null;
}

const includeInactiveArg = { defaultValue: false, description: 'Also list inactive ones (the settings screens).' };

/** Product categories: read by every signed-in staff member, changed by staff holding products.manage. */
@Authorized()
@Resolver(() => ProductCategory)
export class ProductCategoryResolver {
  @Query(() => ProductCategoryConnection, { description: 'Product categories in their order (sort order, then id); active ones unless asked otherwise.' })
  async productCategories(
    @Arg('includeInactive', () => Boolean, includeInactiveArg) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ProductCategoryConnection> {
    return ProductCategoryConnection.from(await new ProductCategoryService(ds).list(includeInactive, page));
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => ProductCategory, { description: 'Adds a product category (needs products.manage); audited.' })
  async createProductCategory(
    @Arg('input', () => ProductCategoryInput, { description: 'The category.' }) input: ProductCategoryInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ProductCategory> {
    return new ProductCategoryService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => ProductCategory, { description: 'Replaces every field of a product category (needs products.manage); audited.' })
  async updateProductCategory(
    @Arg('id', () => ID, { description: 'The category\'s id.' }) id: string,
    @Arg('input', () => ProductCategoryInput, { description: 'The whole new category.' }) input: ProductCategoryInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ProductCategory> {
    return new ProductCategoryService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() category: ProductCategory, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(category, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() category: ProductCategory): LocalisedNamesType {
    return translationsOf(category.translations);
  }
}

/** Departments: read by every signed-in staff member, changed by staff holding products.manage. */
@Authorized()
@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments by code; active ones unless asked otherwise.' })
  async departments(
    @Arg('includeInactive', () => Boolean, includeInactiveArg) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<DepartmentConnection> {
    return DepartmentConnection.from(await new DepartmentService(ds).list(includeInactive, page));
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => Department, { description: 'Adds a department (needs products.manage); audited.' })
  async createDepartment(@Arg('input', () => DepartmentInput, { description: 'The department.' }) input: DepartmentInput, @Ctx() context: GraphQLContext): Promise<Department> {
    return new DepartmentService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => Department, { description: 'Replaces every field of a department (needs products.manage); audited.' })
  async updateDepartment(
    @Arg('id', () => ID, { description: 'The department\'s id.' }) id: string,
    @Arg('input', () => DepartmentInput, { description: 'The whole new department.' }) input: DepartmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Department> {
    return new DepartmentService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() department: Department, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(department, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() department: Department): LocalisedNamesType {
    return translationsOf(department.translations);
  }
}

/** A treatment's department, for sales reports and offers (the treatment itself is appointments' domain). */
@Authorized()
@Resolver(() => Treatment)
export class TreatmentDepartmentResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'The department its sales count under; null for none.' })
  department(@Root() treatment: Treatment, @Ctx() { loaders }: GraphQLContext): Promise<Department | null> | null {
    return treatment.departmentId ? loaders.catalogue.department.load(treatment.departmentId) : null;
  }
}
