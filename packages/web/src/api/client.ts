/**
 * The one HTTP client of the web app: openapi-fetch typed by `schema.d.ts`, which is generated
 * from the committed OpenAPI document, so a route or field the server does not have is a
 * type error here. It adds the session's CSRF token to mutations and turns every non-2xx
 * answer into an `ApiError` carrying the server's problem (code + Vietnamese/English text).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type Problem = components['schemas']['Problem'];
export type Schemas = components['schemas'];

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
/** The JSON body a route answers with on success (200 or 201). */
export type JsonBody<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { responses: { 200: { content: { 'application/json': infer T } } } }
    ? T
    : Operation<P, M> extends { responses: { 201: { content: { 'application/json': infer T } } } }
      ? T
      : never;
/** The JSON body a route takes. */
export type JsonRequest<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

/** An API answer that is not a success, or no answer at all (`status` 0: network down). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.messages.en ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let csrfToken: string | null = null;
let onSessionLost: (() => void) | null = null;

/** The session provider keeps these current; the client has no React of its own. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Answers where a 401 means "wrong password" or "not logged in yet", not "session lost". */
const NO_SESSION_ROUTES = ['/api/v1/auth/login', '/api/v1/auth/session'];

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (MUTATING.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !NO_SESSION_ROUTES.some((route) => new URL(request.url).pathname === route)) {
      onSessionLost?.();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' });
api.use(sessionMiddleware);

function asProblem(value: unknown): Problem | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<Problem>;
  return typeof candidate.code === 'string' && typeof candidate.messages?.vi === 'string' ? (value as Problem) : null;
}

/**
 * `await unwrap(api.GET(...))`: the data, or an ApiError. A failed fetch (offline, server
 * down) becomes status 0 so the UI can say "check your connection" instead of crashing.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new ApiError(0, null, error instanceof Error ? error.message : 'network error');
  }
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, asProblem(result.error));
}

/** `If-Match: "3"` for optimistic concurrency: a stale edit gets 409 instead of overwriting. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/**
 * A multipart upload (imports). Routes not yet in the OpenAPI document are reached through
 * this untyped path; the caller checks the answer's shape.
 */
export async function postFile(path: string, file: File, fields: Record<string, string> = {}): Promise<unknown> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: csrfToken ? { 'X-CSRF-Token': csrfToken, Accept: 'application/json' } : { Accept: 'application/json' },
    });
  } catch (error) {
    throw new ApiError(0, null, error instanceof Error ? error.message : 'network error');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) onSessionLost?.();
  if (!response.ok) throw new ApiError(response.status, asProblem(body));
  return body;
}
