import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Viewer } from '@/services/auth/viewer';
import { getSessionViewer } from '@/services/auth/session-viewer';

/** The signed-in viewer, looked up once per request however many layouts and pages ask. */
export const currentViewer = cache(getSessionViewer);

/**
 * The signed-in viewer, or a redirect to the sign-in page. Layouts and pages render in parallel,
 * so the layout calling this is not enough: every page that shows data calls it too.
 */
export async function requireViewer(locale: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in`);
  return viewer;
}
