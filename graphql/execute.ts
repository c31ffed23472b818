import type { DataSource } from 'typeorm';
import type { Locale } from '../i18n/locales';
import { defaultLocale } from '../i18n/locales';
import type { Viewer } from '../services/auth/viewer';
import { createContext } from './context';
import { getApolloServer } from './server';

export type ExecutionResultShape = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

/**
 * Runs one operation through the full Apollo pipeline (limits, auth, error mapping) without HTTP,
 * for scripts such as the benchmarks.
 */
export async function executeAs(
  ds: DataSource,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown> = {},
  locale: Locale = defaultLocale,
): Promise<ExecutionResultShape> {
  const server = await getApolloServer();
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext(ds, viewer, locale) });
  if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used');
  return response.body.singleResult as ExecutionResultShape;
}
