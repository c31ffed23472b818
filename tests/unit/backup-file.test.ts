import { backupKindOf } from '../../services/backup/backup-file';
import { parseBackupCommandLine } from '../../services/backup/backup-command-line';
import { mysqlClientOptions } from '../../services/backup/mysql-client-options';

describe('backupKindOf', () => {
  it.each([
    ['an SQLite file', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]), 'sqlite'],
    ['a mysqldump script', Buffer.from('-- MySQL dump 10.13  Distrib 8.0.36\n--\n'), 'mysql-dump'],
    ['a mariadb-dump script with the sandbox line first', Buffer.from('/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19\n'), 'mysql-dump'],
    ['an empty file', Buffer.alloc(0), 'unknown'],
    ['some other SQL', Buffer.from('CREATE TABLE t (id int);\n'), 'unknown'],
    ['text mentioning SQLite later on', Buffer.from('notes: SQLite format 3\0'), 'unknown'],
  ])('tells %s', (_what, head, kind) => {
    expect(backupKindOf(head)).toBe(kind);
  });
});

describe('parseBackupCommandLine', () => {
  it('takes one file, and --force where allowed', () => {
    expect(parseBackupCommandLine(['b.sql'], false)).toEqual({ file: 'b.sql', force: false });
    expect(parseBackupCommandLine(['--force', 'b.sql'], true)).toEqual({ file: 'b.sql', force: true });
  });

  it.each([
    [[], true, /missing/],
    [['a', 'b'], true, /one file only/],
    [['a', '--force'], false, /unknown option --force/],
    [['a', '--yes'], true, /unknown option --yes/],
  ])('refuses %j', (argv, allowForce, message) => {
    expect(() => parseBackupCommandLine(argv, allowForce)).toThrow(message);
  });
});

describe('mysqlClientOptions', () => {
  it('writes the connection into an option file, password quoted and unescaped from the URL', () => {
    const options = mysqlClientOptions('mysql://salon:p%40ss%22w%5Cd%23x@db.internal:3307/salon_prod?charset=utf8mb4');
    expect(options.database).toBe('salon_prod');
    expect(options.optionFile).toBe(
      '[client]\nhost="db.internal"\nport=3307\nprotocol=TCP\nuser="salon"\npassword="p@ss\\"w\\\\d#x"\n',
    );
  });

  it('leaves the password out when the URL has none, and accepts mariadb:', () => {
    expect(mysqlClientOptions('mariadb://root@127.0.0.1/salon').optionFile).toBe(
      '[client]\nhost="127.0.0.1"\nport=3306\nprotocol=TCP\nuser="root"\n',
    );
  });

  it('needs a database name', () => {
    expect(() => mysqlClientOptions('mysql://root@127.0.0.1:3306/')).toThrow(/names no database/);
  });
});
