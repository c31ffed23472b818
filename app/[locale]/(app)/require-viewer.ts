import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { Viewer } from '@/services/auth/viewer';
import { getSessionViewer } from '@/services/auth/session-viewer';

/** The signed-in viewer, looked up once per request however many layouts and pages ask. */
export const currentViewer = cache(getSessionViewer);

/** Where a staff member still on an initial, reset or expired password is sent from every page. */
export const PASSWORD_CHANGE_PATH = '/account/password';

/**
 * The signed-in viewer, or a redirect to the sign-in page, whether or not they must change their
 * password first: for the shell and the password page itself.
 */
export async function requireSignedIn(locale: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/${locale}/sign-in`);
  return viewer;
}

/**
 * The signed-in viewer, or a redirect to the sign-in page, or, while they must replace an
 * initial, reset or expired password, to the password page. Layouts and pages render in
 * parallel, so the layout calling this is not enough: every page that shows data calls it too.
 */
export async function requireViewer(locale: string): Promise<Viewer> {
  const viewer = await requireSignedIn(locale);
  if (viewer.mustChangePassword) redirect(`/${locale}${PASSWORD_CHANGE_PATH}`);
  return viewer;
}
