import type { DataSource } from 'typeorm';

/**
 * The joins of the contact page's hand-written SQL, from its contact rows `cm`: campaign, member,
 * salesperson, status, latest log and its method, the current booking with its branch and
 * verifier — every table the screen's columns come from, each by primary key. Shared by the
 * in-process and the HTTP bench, so both compare the product with the same plain statement.
 */
export function contactPageJoins(ds: DataSource): string {
  const q = (name: string) => ds.driver.escape(name);
  const col = (alias: string, name: string) => `${alias}.${q(name)}`;
  const cm = (name: string) => col('cm', name);
  return `JOIN ${q('campaigns')} c ON ${col('c', 'id')} = ${cm('campaignId')}
    JOIN ${q('members')} m ON ${col('m', 'id')} = ${cm('memberId')}
    JOIN ${q('staff')} s ON ${col('s', 'id')} = ${cm('salespersonId')}
    JOIN ${q('contact_statuses')} st ON ${col('st', 'id')} = ${cm('statusId')}
    LEFT JOIN ${q('contact_logs')} l ON ${col('l', 'id')} = ${cm('lastLogId')}
    LEFT JOIN ${q('contact_methods')} mt ON ${col('mt', 'id')} = ${col('l', 'methodId')}
    LEFT JOIN ${q('appointments')} a ON ${col('a', 'id')} = ${cm('appointmentId')}
    LEFT JOIN ${q('branches')} ab ON ${col('ab', 'id')} = ${col('a', 'branchId')}
    LEFT JOIN ${q('staff')} av ON ${col('av', 'id')} = ${col('a', 'verifiedById')}`;
}
