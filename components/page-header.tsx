import type { ReactNode } from 'react';

/** The heading block every area page starts with. */
export function PageHeader({ title, description, children }: { title: string; description?: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1 data-testid="page-title">{title}</h1>
      {description ? <p className="page-header__description">{description}</p> : null}
      {children}
    </header>
  );
}
