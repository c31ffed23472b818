import type { ReactNode } from 'react';
import './globals.css';

/**
 * The real document (`<html lang>`, providers) is rendered by `app/[locale]/layout.tsx`, which
 * knows the locale. This root layout only exists so that `app/not-found.tsx` has a parent.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
