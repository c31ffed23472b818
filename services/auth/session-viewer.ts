import { getServerSession } from 'next-auth';
import { getDataSource } from '../../db/data-source';
import { authOptions } from './auth-options';
import { loadViewer, type Viewer } from './viewer';

/** The signed-in viewer for Server Components and route handlers, or null. */
export async function getSessionViewer(): Promise<Viewer | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!id) return null;
  return loadViewer(await getDataSource(), id, 'session');
}
