import type { RecycleBinType } from '@/graphql/generated/graphql';

/** The message key of a kind: `admin.recycleBin.type.<value>` by the API's enum value ("ContactLog" → "contactLog"). */
export const typeKey = (type: RecycleBinType) => type.charAt(0).toLowerCase() + type.slice(1);
