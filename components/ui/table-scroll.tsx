import type { HTMLAttributes, ReactNode } from 'react';

type Props = { label: string; className?: string; children: ReactNode } & Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'tabIndex' | 'aria-label' | 'className' | 'children'>;

/**
 * The box a wide table scrolls sideways in. It is a named region that takes keyboard focus, so
 * someone without a pointer can scroll it with the arrow keys (WCAG 2.1.1; axe's
 * scrollable-region-focusable), and a screen reader says which table it holds.
 */
export function TableScroll({ label, className, children, ...rest }: Props) {
  return (
    <div {...rest} className={className ? `table-wrap ${className}` : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
