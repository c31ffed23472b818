'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { MemberSearchRowFragment } from '@/graphql/generated/graphql';
import type { MemberSortField, MemberSortInput } from './filter-params';
import { isSelected, type Selection } from './selection';
import styles from './member-search.module.css';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = {
  rows: MemberSearchRowFragment[];
  sort: MemberSortInput;
  onSort: (field: MemberSortField) => void;
  selection: Selection;
  onSelect: (id: string, selected: boolean) => void;
  busy: boolean;
};

/**
 * 會員搜尋結果: one row per member with a tick that keeps it in the selection (unticking is the
 * seed's 從搜尋結果中移除). An unticked row stays on screen, struck through, so it can be ticked again.
 */
export function ResultsTable({ rows, sort, onSort, selection, onSelect, busy }: Props) {
  const t = useTranslations('members.search');
  const columns = useTranslations('members.column');
  const common = useTranslations('common');
  const format = useFormatter();

  const sortable = (field: MemberSortField, label: string) => {
    const active = sort.field === field;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className={styles.sortButton} onClick={() => onSort(field)} data-testid={`sort-${field}`}>
          {label}
          <span aria-hidden="true" className={active ? styles.sortMarkActive : styles.sortMark}>
            {active && sort.direction === 'DESC' ? '▼' : '▲'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <TableScroll label={t('results')} className={styles.wrap} aria-busy={busy}>
      <table className={`data-table ${styles.table}`} data-testid="members-table">
        <thead>
          <tr>
            {sortable('MEMBER_NO', columns('memberNo'))}
            {sortable('NAME', columns('name'))}
            <th scope="col">{columns('phone')}</th>
            <th scope="col">{columns('email')}</th>
            <th scope="col">{columns('group')}</th>
            {sortable('JOINED_AT', t('joinedAt'))}
            <th scope="col" className={styles.checkColumn}>
              <span className="visually-hidden">{t('removeFromResults')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={7} className="muted" data-testid="members-empty">
                {busy ? t('loading') : t('empty')}
              </td>
            </tr>
          ) : (
            rows.map((member) => {
              const selected = isSelected(selection, member.id);
              return (
                <tr key={member.id} className={selected ? undefined : styles.excluded} data-excluded={selected ? undefined : 'true'}>
                  <td>
                    <Link href={`/members/${member.id}`} className={styles.memberLink}>
                      {member.memberNo}
                    </Link>
                  </td>
                  <td>
                    {member.displayName}
                    {member.isWalkIn ? <span className={`tag ${styles.walkIn}`}>{t('walkIn')}</span> : null}
                  </td>
                  <td>{[member.phone, member.phone2].filter(Boolean).join(', ') || common('notAvailable')}</td>
                  <td>{member.email || common('notAvailable')}</td>
                  <td>
                    {member.group.name}
                    <span className={styles.branch}>{member.branch.name}</span>
                  </td>
                  <td>{format.dateTime(new Date(member.createdAt), { year: 'numeric', month: '2-digit', day: '2-digit' })}</td>
                  <td>
                    <label className={styles.rowCheck} title={selected ? t('removeFromResults') : undefined}>
                      <input
                        type="checkbox"
                        checked={selected}
                        onChange={(event) => onSelect(member.id, event.target.checked)}
                        aria-label={t('keepRow', { memberNo: member.memberNo, name: member.displayName })}
                        data-testid={`select-${member.memberNo}`}
                      />
                      {selected ? null : <span className="visually-hidden">{t('removed')}</span>}
                    </label>
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
