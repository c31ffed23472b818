import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ApiToken } from '../../entities';
import { Permission } from '../admin/permission';
import { can, type Viewer } from '../auth/viewer';
import { loadViewer } from '../auth/load-viewer.service';
import { forbidden, invalidField, notFound } from '../errors/domain-error';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../pagination/cursor';
import { displayPrefix, hashTokenSecret, looksLikeTokenSecret, newTokenSecret } from './api-token-secret';

export const TOKEN_NAME_MAX = 100;
/** lastUsedAt is a hint for the owner, not an audit trail: write it at most once a minute. */
const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiTokenService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Creates a token acting as the viewer. Only a signed-in person may mint tokens: a leaked token
   * must not be able to mint itself successors.
   */
  async create(viewer: Viewer, rawName: string): Promise<{ token: ApiToken; secret: string }> {
    if (viewer.via !== 'session') throw forbidden();
    const name = rawName.trim();
    if (!name) throw invalidField('name', 'required');
    if (name.length > TOKEN_NAME_MAX) throw invalidField('name', 'tooLong', { max: TOKEN_NAME_MAX });
    const secret = newTokenSecret();
    const token = await this.ds.getRepository(ApiToken).save(
      this.ds.getRepository(ApiToken).create({
        name,
        tokenHash: hashTokenSecret(secret),
        tokenPrefix: displayPrefix(secret),
        ownerId: viewer.staffId,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { token, secret };
  }

  /** Revokes one of the viewer's tokens (an admin may revoke anyone's). Revoking twice is harmless. */
  async revoke(viewer: Viewer, id: number): Promise<ApiToken> {
    const repo = this.ds.getRepository(ApiToken);
    const token = await repo.findOne({ where: { id } });
    const mayRevoke = token && (token.ownerId === viewer.staffId || can(viewer, Permission.ApiTokensManageAll));
    if (!token || !mayRevoke) throw notFound('apiToken');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await repo.update({ id: token.id }, { revokedAt: token.revokedAt });
    }
    return token;
  }

  /**
   * Revokes every live token of a staff member (deactivation), in the caller's transaction when
   * `manager` is given; returns how many were live.
   */
  async revokeAllOf(ownerId: number, now = new Date(), manager?: EntityManager): Promise<number> {
    const result = await (manager ?? this.ds)
      .getRepository(ApiToken)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: now })
      .where('ownerId = :ownerId AND revokedAt IS NULL', { ownerId })
      .execute();
    return result.affected ?? 0;
  }

  /** One staff member's tokens, revoked ones included, newest first (staff administration checks who may ask). */
  async listOf(ownerId: number, page: { first: number; after?: string | null }) {
    const qb = this.ds
      .getRepository(ApiToken)
      .createQueryBuilder('t')
      .where('t.ownerId = :owner', { owner: ownerId })
      .orderBy('t.id', 'DESC')
      .take(page.first + 1);
    if (page.after) qb.andWhere('t.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (t: ApiToken) => encodeCursor([t.id]),
      totalCount: () => this.ds.getRepository(ApiToken).count({ where: { ownerId } }),
    };
  }

  /** The viewer's own tokens, newest first. */
  async listOwn(viewer: Viewer, page: { first: number; after?: string | null }) {
    const qb = this.ds
      .getRepository(ApiToken)
      .createQueryBuilder('t')
      .where('t.ownerId = :owner', { owner: viewer.staffId })
      .orderBy('t.id', 'DESC')
      .take(page.first + 1);
    if (page.after) qb.andWhere('t.id < :afterId', { afterId: Number(decodeCursor(page.after, 1)[0]) });
    const { nodes, hasNextPage } = sliceWithLookahead(await qb.getMany(), page.first);
    return {
      nodes,
      hasNextPage,
      cursorOf: (t: ApiToken) => encodeCursor([t.id]),
      totalCount: () => this.ds.getRepository(ApiToken).count({ where: { ownerId: viewer.staffId } }),
    };
  }

  /** The viewer a bearer secret stands for, or null when it is unknown, revoked or its owner inactive. */
  async viewerForSecret(secret: string, now = new Date()): Promise<Viewer | null> {
    if (!looksLikeTokenSecret(secret)) return null;
    const repo = this.ds.getRepository(ApiToken);
    const token = await repo.findOne({ where: { tokenHash: hashTokenSecret(secret), revokedAt: IsNull() } });
    if (!token) return null;
    const viewer = await loadViewer(this.ds, token.ownerId, 'token', token.id);
    if (viewer && (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)) {
      await repo.update({ id: token.id }, { lastUsedAt: now });
    }
    return viewer;
  }
}
