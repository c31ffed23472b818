/** What an action came to: a saved notice (read out politely) or a refusal (read out at once). */
export type Status = { kind: 'success' | 'error'; text: string };

/** The one notice line the settings editors and forms show above their content. */
export function StatusMessage({ status, testId }: { status: Status | null; testId?: string }) {
  if (!status) return null;
  return (
    <p className={`alert alert--${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {status.text}
    </p>
  );
}
