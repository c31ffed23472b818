/** A backup or restore refused or impossible for a reason the operator can act on; no stack needed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
