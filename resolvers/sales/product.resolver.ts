import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Department, Product, ProductCategory, StockLevel } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { ProductService } from '../../services/sales/product.service';
import { LocalisedNamesInput, LocalisedNamesType } from '../contact-settings/contact-option.resolver';
import { translationsOf } from './localised';

@ObjectType('ProductConnection', { description: 'A page of products, by code.' })
export class ProductConnection extends Connection(Product, 'Product') {}

@InputType('ProductFilter', { description: 'Which products to list; every condition given must hold.' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Part of the code, barcode or name (any language).' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only products of this category.' })
  categoryId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: active ones only; false: inactive ones only; null: both.' })
  active?: boolean | null;
}

@InputType('ProductInput', { description: 'A product as staff type it; checked with the same rules as the product form.' })
export class ProductInput {
  @Field(() => String, { description: 'Unique code, 1–30 letters, digits, "-", "_" or ".", e.g. "P0012".' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Barcode a scanner reads (letters, digits or "-", at most 50); unique; blank for none.' })
  barcode?: string | null;

  @Field(() => String, { description: 'Name as entered (1–100 characters).' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => ID, { nullable: true, description: 'Its category; null for none.' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The department its sales count under; null for none.' })
  departmentId?: string | null;

  @Field(() => Int, { description: 'Selling price in cents, 0 or more.' })
  priceCents: number;

  @Field(() => Int, { nullable: true, description: 'Cost price in cents, 0 or more (default 0).' })
  costCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Tax rate in basis points, 0–10000 (700 = 7 %; default 0).' })
  taxRateBasisPoints?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a sale may take stock below zero (default false).' })
  allowNegativeStock?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Stock at or below this puts it on the branch\'s low-stock list (default 0).' })
  lowStockThreshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops it being sold (kept on old invoices); null means true.' })
  active?: boolean | null;
}

const idArg = { description: 'The product\'s id.' };

/** The product catalogue: read by every signed-in staff member, changed by staff holding products.manage. */
@Authorized()
@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'Products by code, active and inactive unless filtered.' })
  async products(
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Which products to list.' }) filter: ProductFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ProductConnection> {
    const categoryId = filter?.categoryId ? parseId(filter.categoryId, 'categoryId') : null;
    return ProductConnection.from(await new ProductService(ds).list({ search: filter?.search, active: filter?.active, categoryId }, page));
  }

  @Query(() => Product, { description: 'One product, active or not.' })
  async product(@Arg('id', () => ID, idArg) id: string, @Ctx() { ds }: GraphQLContext): Promise<Product> {
    return new ProductService(ds).get(parseId(id, 'id'));
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => Product, { description: 'Adds a product (needs products.manage); audited. It has no stock until some is received.' })
  async createProduct(@Arg('input', () => ProductInput, { description: 'The product.' }) input: ProductInput, @Ctx() context: GraphQLContext): Promise<Product> {
    return new ProductService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.ProductsManage)
  @Mutation(() => Product, { description: 'Replaces every field of a product (needs products.manage); audited. Issued invoices keep what they were sold with.' })
  async updateProduct(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => ProductInput, { description: 'The whole new product.' }) input: ProductInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Product> {
    return new ProductService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() product: Product, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(product, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() product: Product): LocalisedNamesType {
    return translationsOf(product.translations);
  }

  @FieldResolver(() => ProductCategory, { nullable: true, description: 'Its category; null for none.' })
  category(@Root() product: Product, @Ctx() { loaders }: GraphQLContext): Promise<ProductCategory | null> | null {
    return product.categoryId ? loaders.catalogue.productCategory.load(product.categoryId) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department its sales count under; null for none.' })
  department(@Root() product: Product, @Ctx() { loaders }: GraphQLContext): Promise<Department | null> | null {
    return product.departmentId ? loaders.catalogue.department.load(product.departmentId) : null;
  }

  @FieldResolver(() => Int, { description: 'Units on hand at a branch (0 when it never had any; below 0 only for products allowing negative stock).' })
  onHand(@Root() product: Product, @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.catalogue.onHand.load({ productId: product.id, branchId: parseId(branchId, 'branchId') });
  }

  @FieldResolver(() => [StockLevel], { description: 'Stock at each branch that ever held it, by branch id.' })
  stockLevels(@Root() product: Product, @Ctx() { loaders }: GraphQLContext): Promise<StockLevel[]> {
    return loaders.catalogue.stockLevels.load(product.id);
  }
}
