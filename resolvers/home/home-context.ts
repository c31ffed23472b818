import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { FALLBACK_TIME_ZONE } from '../../services/contacts/contact-list.service';
import type { HomeContext } from '../../services/home/my-appointments-today.service';

// One clock reading per request, so every home card counts the same "today".
const requestNow = new WeakMap<GraphQLContext, Date>();

/** The home page's salon day and scope: the viewer's branch time zone and contact scope (both loaders, read once per request). */
export async function homeContext(context: GraphQLContext): Promise<HomeContext> {
  const viewer = viewerOf(context);
  const [branch, scope] = await Promise.all([context.loaders.branch.load(viewer.branchId), context.loaders.contactScope.load(viewer)]);
  if (!requestNow.has(context)) requestNow.set(context, new Date());
  return { timeZone: branch?.timeZone || FALLBACK_TIME_ZONE, now: requestNow.get(context)!, scope };
}
