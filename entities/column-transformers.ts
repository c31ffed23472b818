/** Column transformers shared by the loyalty entities: bigint money back as a number, id lists as "1,2,3" (null = all). */
export const bigintNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

export const nullableBigintNumber = { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) };

export const idList = { to: (v: number[] | null) => (v && v.length ? v.join(',') : null), from: (v: string | null) => (v ? v.split(',').map(Number) : null) };
