import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per-branch numbering of sales documents (invoices, returns). The counter moves inside the
 * transaction that issues the document, so a rolled-back sale gives its number back: numbers are
 * unique and without gaps.
 */
@Entity('document_sequences')
export class DocumentSequence {
  @PrimaryColumn({ type: 'int' })
  branchId: number;

  /** "INVOICE" or "RETURN". */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: string;

  /** Text before the digits, e.g. "TKOSI-". */
  @Column({ type: 'varchar', length: 20 })
  prefix: string;

  @Column({ type: 'int', default: 5 })
  digits: number;

  /** The next number to hand out. */
  @Column({ type: 'int', default: 1 })
  nextValue: number;
}
