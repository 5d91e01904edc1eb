import { badRequest } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest, GraphResult } from '../http/http.types';
import { bodyObject } from './request-body.helpers';

/**
 * JSON batching (POST /$batch): at most 20 sub-requests with unique ids, relative URLs with or
 * without the version prefix, `dependsOn` ordering, and 424 for dependants of a failed request.
 * Each sub-request runs through the full pipeline (routing, throttling, logging) on its own.
 */

export const MAX_BATCH_REQUESTS = 20;

export interface BatchSubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface BatchSubResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Runs one sub-request as the batch's caller. */
export type BatchExecutor = (sub: BatchSubRequest, parent: GraphRequest) => Promise<BatchSubResponse>;

export function registerBatchRoutes(router: GraphRouter, execute: BatchExecutor): void {
  router.add('POST', '/$batch', (req) => runBatch(req, execute));
}

function invalidBatch(detail: string) {
  return badRequest(`Invalid batch payload format. ${detail}`, 'BadRequest');
}

async function runBatch(req: GraphRequest, execute: BatchExecutor): Promise<GraphResult> {
  const body = bodyObject(req);
  const requests = body.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw invalidBatch("'requests' must be a non-empty array.");
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badRequest(`Number of batch request steps exceeds the maximum of ${MAX_BATCH_REQUESTS}.`, 'BadRequest');
  }

  const subs: (BatchSubRequest & { dependsOn: string[] })[] = [];
  const seen = new Set<string>();
  for (const raw of requests as unknown[]) {
    if (!raw || typeof raw !== 'object') throw invalidBatch('Each request must be an object.');
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || r.id === '') throw invalidBatch("Each request needs a string 'id'.");
    if (typeof r.method !== 'string' || r.method === '') throw invalidBatch(`Request '${r.id}' needs a 'method'.`);
    if (typeof r.url !== 'string' || r.url === '') throw invalidBatch(`Request '${r.id}' needs a 'url'.`);
    if (/^https?:\/\//i.test(r.url)) throw invalidBatch(`Request '${r.id}': the url must be relative.`);
    const key = r.id.toLowerCase();
    if (seen.has(key)) throw badRequest(`Request Id '${r.id}' is used more than once in the batch.`, 'BadRequest');
    seen.add(key);
    const headers: Record<string, string> = {};
    if (r.headers && typeof r.headers === 'object') {
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) headers[k.toLowerCase()] = String(v);
    }
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    subs.push({ id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn });
  }
  for (const sub of subs) {
    for (const dep of sub.dependsOn) {
      if (!seen.has(dep.toLowerCase())) throw invalidBatch(`Request '${sub.id}' depends on unknown request '${dep}'.`);
    }
  }

  const results = new Map<string, BatchSubResponse>();
  const pending = [...subs];
  while (pending.length > 0) {
    const index = pending.findIndex((s) => s.dependsOn.every((d) => results.has(d.toLowerCase())));
    if (index < 0) throw invalidBatch('The dependsOn graph has a cycle.');
    const [sub] = pending.splice(index, 1);
    const failedDep = sub.dependsOn.find((d) => results.get(d.toLowerCase())!.status >= 400);
    if (failedDep) {
      results.set(sub.id.toLowerCase(), {
        status: 424,
        headers: { 'content-type': 'application/json' },
        body: { error: { code: 'FailedDependency', message: `Dependent request '${failedDep}' failed; '${sub.id}' was not executed.` } },
      });
      continue;
    }
    if (sub.body !== undefined && !sub.headers['content-type']) {
      results.set(sub.id.toLowerCase(), {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: { error: { code: 'BadRequest', message: 'Content-Type header must be specified when a body is present.' } },
      });
      continue;
    }
    results.set(sub.id.toLowerCase(), await execute(sub, req));
  }

  return {
    status: 200,
    body: {
      responses: subs.map((s) => {
        const r = results.get(s.id.toLowerCase())!;
        return { id: s.id, status: r.status, headers: r.headers, ...(r.body === undefined ? {} : { body: r.body }) };
      }),
    },
  };
}
