import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../services/pagination/cursor';

@ObjectType('PageInfo', { description: 'Where a page sits in a cursor-paginated list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return (1–${MAX_PAGE_SIZE}).` })
  @Min(1, { context: { key: 'pageSizeTooSmall', params: { min: 1 } } })
  @Max(MAX_PAGE_SIZE, { context: { key: 'pageSizeTooLarge', params: { max: MAX_PAGE_SIZE } } })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from `pageInfo.endCursor`).' })
  after?: string | null;
}

/** What a service returns for one page; the connection types below are built from it. */
export type Page<T> = {
  nodes: T[];
  hasNextPage: boolean;
  cursorOf: (node: T) => string;
  totalCount: () => Promise<number>;
};

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds the Relay-style `XEdge` type and the base of `XConnection` for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor: string;

    @Field(() => node, { description: 'The item.' })
    node: T;
  }

  // Abstract: each domain declares `@ObjectType('XConnection') class XConnection extends Connection(X, 'X')`.
  @ObjectType(`${name}ConnectionBase`, { description: `Base of ${name}Connection.` })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges: Edge[];

    @Field(() => [node], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    private countAll: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list holds (counted only when asked for).' })
    totalCount(): Promise<number> {
      return this.countAll();
    }

    static from<C extends ConnectionType>(this: new () => C, page: Page<T>): C {
      const connection = new this();
      connection.nodes = page.nodes;
      connection.edges = page.nodes.map((n) => Object.assign(new Edge(), { cursor: page.cursorOf(n), node: n }));
      connection.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]) : null,
      });
      connection.countAll = page.totalCount;
      return connection;
    }
  }

  return ConnectionType;
}
