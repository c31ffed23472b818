import fs from 'node:fs/promises';
import { BACKUP_HEAD_BYTES, backupKindOf, type BackupKind } from './backup-file';
import { BackupError } from './backup-error';

/** What the backup file at `file` holds; a missing file is the operator's mistake, said plainly. */
export async function readBackupKind(file: string): Promise<BackupKind> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch {
    throw new BackupError(`cannot read the backup file ${file}`);
  }
  try {
    const head = Buffer.alloc(BACKUP_HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return backupKindOf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
