'use client';

/** Opens the browser's print dialog; the sheet's print styles hide everything but the labels. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="labels-print">
      {label}
    </button>
  );
}
