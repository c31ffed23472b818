import type { ReactNode } from 'react';
import './reports-print.css';

/** Every report page prints the same way (A4 landscape, page numbers, repeated table headers). */
export default function ReportsLayout({ children }: { children: ReactNode }) {
  return <div className="reports-area">{children}</div>;
}
