import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Permission } from '../../services/admin/permission';
import { MaxLength } from 'class-validator';
import { ApiToken, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { ApiTokenService, TOKEN_NAME_MAX } from '../../services/api-tokens/api-token.service';

@ObjectType('ApiTokenConnection', { description: 'A page of API tokens.' })
export class ApiTokenConnection extends Connection(ApiToken, 'ApiToken') {}

@InputType('CreateApiTokenInput', { description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: `What the token is for (1–${TOKEN_NAME_MAX} characters).` })
  @MaxLength(TOKEN_NAME_MAX, { context: { key: 'tooLong', params: { max: TOKEN_NAME_MAX } } })
  name: string;
}

@ObjectType('CreateApiTokenPayload', { description: 'The new token and its secret.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token as it will appear in lists.' })
  token: ApiToken;

  @Field(() => String, { description: 'The secret to send as `Authorization: Bearer <secret>`; shown only this once.' })
  secret: string;
}

@Authorized()
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'The viewer\'s API tokens, newest first.' })
  async apiTokens(@Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<ApiTokenConnection> {
    return ApiTokenConnection.from(await new ApiTokenService(context.ds).listOwn(viewerOf(context), page));
  }

  @Authorized(Permission.ApiTokensCreate)
  @Mutation(() => CreateApiTokenPayload, { description: 'Creates a token acting as the signed-in staff member. Only from a signed-in session.' })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token to create.' }) input: CreateApiTokenInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreateApiTokenPayload> {
    return new ApiTokenService(context.ds).create(viewerOf(context), input.name);
  }

  @Authorized(Permission.ApiTokensCreate)
  @Mutation(() => ApiToken, { description: 'Revokes a token; it is refused from then on.' })
  async revokeApiToken(
    @Arg('id', () => ID, { description: 'The token to revoke.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ApiToken> {
    return new ApiTokenService(context.ds).revoke(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => Staff, { description: 'The staff member the token acts as.' })
  async owner(@Root() token: ApiToken, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> {
    return loaders.staff.load(token.ownerId);
  }
}
