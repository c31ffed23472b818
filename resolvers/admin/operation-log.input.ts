import { ArrayMaxSize, MaxLength, validate } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooLong, tooMany } from '../../graphql/filter-validation';
import { parseId, parseIds } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import type { OperationLogFilter } from '../../services/admin/operation-log.service';
import { invalidField } from '../../services/errors/domain-error';

/** How many staff, kinds or actions one filter may name. */
export const OPERATION_LOG_FILTER_MAX = 100;
/** The longest kind of record or action name the log stores. */
const NAME_MAX = 30;

@InputType('OperationLogFilterInput', { description: 'The operation log\'s filters (操作日誌); an absent filter means "all" the viewer may see.' })
export class OperationLogFilterInput {
  @Field(() => [ID], { nullable: true, description: '操作員: changes made by one of these staff members.' })
  @ArrayMaxSize(OPERATION_LOG_FILTER_MAX, tooMany(OPERATION_LOG_FILTER_MAX))
  staffIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Changes to one of these kinds of record, e.g. "member" (see operationLogCatalogue).' })
  @ArrayMaxSize(OPERATION_LOG_FILTER_MAX, tooMany(OPERATION_LOG_FILTER_MAX))
  @MaxLength(NAME_MAX, { each: true, ...tooLong(NAME_MAX) })
  entityTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Changes of one of these actions, e.g. "update" (see operationLogCatalogue).' })
  @ArrayMaxSize(OPERATION_LOG_FILTER_MAX, tooMany(OPERATION_LOG_FILTER_MAX))
  @MaxLength(NAME_MAX, { each: true, ...tooLong(NAME_MAX) })
  actions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Changes to the record with this id (of the chosen kinds, if any).' })
  entityId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD, the viewer\'s branch time zone) of the changes shown.' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD, inclusive) of the changes shown; not before `from`.' })
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;
}

/**
 * Validates an operation log filter — from GraphQL or from the export's query string, so errors
 * name "filter.<field>" either way — and turns it into the service's filter.
 */
export async function toOperationLogFilter(input: Partial<OperationLogFilterInput> | null | undefined, field = 'filter'): Promise<OperationLogFilter> {
  if (!input) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw invalidField(field, 'notAnOption');
  for (const list of ['entityTypes', 'actions'] as const) {
    const value = input[list];
    if (value !== null && value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))) {
      throw invalidField(`${field}.${list}`, 'notAnOption');
    }
  }
  const instance = Object.assign(new OperationLogFilterInput(), input);
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  const filter: OperationLogFilter = {};
  const actorIds = parseIds(input.staffIds, `${field}.staffIds`);
  if (actorIds?.length) filter.actorIds = actorIds;
  if (input.entityTypes?.length) filter.entityTypes = [...new Set(input.entityTypes)];
  if (input.actions?.length) filter.actions = [...new Set(input.actions)];
  if (input.entityId !== null && input.entityId !== undefined && input.entityId !== '') filter.entityId = parseId(String(input.entityId), `${field}.entityId`);
  if (input.from) filter.from = input.from;
  if (input.to) filter.to = input.to;
  return filter;
}
