import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { logger } from '../lib/logger';
import type { GraphQLContext } from './context';

/** What one request's log line says, filled in as the request goes through the server. */
type RequestRecord = {
  requestId: string;
  log: Logger;
  startedAt: number;
  viewer: { staffId: number; via: 'session' | 'token' } | null;
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
};

const current = new AsyncLocalStorage<RequestRecord>();

/** A caller's own id is kept when it is a plain token (it ends up in our logs); otherwise a new one. */
const CALLER_REQUEST_ID = /^[\w.:-]{1,128}$/;

export function requestIdFrom(header: string | null): string {
  return header && CALLER_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * Handles one HTTP request with its record and writes exactly one line for it when the answer
 * is ready: request id, viewer, operation, status, duration and the error codes answered.
 */
export async function withRequestLog(requestId: string, handle: () => Promise<Response>): Promise<Response> {
  const record: RequestRecord = {
    requestId,
    log: logger().child({ requestId }),
    startedAt: performance.now(),
    viewer: null,
    operationName: null,
    operationType: null,
    errorCodes: [],
  };
  let status = 500;
  try {
    const response = await current.run(record, handle);
    status = response.status;
    return response;
  } finally {
    record.log.info(
      {
        viewer: record.viewer,
        operationName: record.operationName,
        operationType: record.operationType,
        status,
        durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
        errorCodes: record.errorCodes,
      },
      'graphql request',
    );
  }
}

/** The logger for the request being handled (its lines carry the request id), else the process's. */
export function requestLogger(): Logger {
  return current.getStore()?.log ?? logger();
}

/** Notes an error code the request is answered with. */
export function noteErrorCode(code: string): void {
  current.getStore()?.errorCodes.push(code);
}

const codeOf = (error: Error) =>
  error instanceof GraphQLError && typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';

/** Tells the request's record who asked, for which operation, and which error codes went back. */
export const requestLogPlugin: ApolloServerPlugin<GraphQLContext> = {
  async contextCreationDidFail({ error }) {
    noteErrorCode(codeOf(error));
  },
  async invalidRequestWasReceived({ error }) {
    noteErrorCode(codeOf(error));
  },
  async requestDidStart({ contextValue, request }) {
    const record = current.getStore();
    if (!record) return;
    record.viewer = contextValue.viewer ? { staffId: contextValue.viewer.staffId, via: contextValue.viewer.via } : null;
    record.operationName = request.operationName ?? null;
    return {
      async didResolveOperation({ operationName, operation }) {
        record.operationName = operationName;
        record.operationType = operation?.operation ?? null;
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          record.errorCodes.push(typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR');
        }
      },
    };
  },
};
