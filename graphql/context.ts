import type { DataSource } from 'typeorm';
import type { Locale } from '../i18n/locales';
import type { Viewer } from '../services/auth/viewer';
import { createLoaders, type Loaders } from './loaders';

/**
 * What every resolver receives: who is asking, in which language, and the request's loaders —
 * built for this viewer, so members, contacts, logs and appointments load only within their scope.
 */
export type GraphQLContext = {
  viewer: Viewer | null;
  locale: Locale;
  ds: DataSource;
  loaders: Loaders;
};

export function createContext(ds: DataSource, viewer: Viewer | null, locale: Locale): GraphQLContext {
  return { viewer, locale, ds, loaders: createLoaders(ds, viewer) };
}

/** The viewer, for resolvers behind @Authorized (the auth checker has already refused anonymous calls). */
export function viewerOf(context: GraphQLContext): Viewer {
  if (!context.viewer) throw new Error('viewerOf called without a viewer: is the resolver missing @Authorized?');
  return context.viewer;
}
