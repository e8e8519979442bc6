import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { API_PREFIX } from '../../src/http/app.ts';
import { SESSION_COOKIE } from '../../src/http/auth-plugin.ts';

/** A logged-in browser-like client over app.inject(): keeps the cookie, sends the CSRF header. */
export interface Client {
  request(
    method: InjectOptions['method'],
    url: string,
    options?: { body?: unknown; headers?: Record<string, string>; csrf?: boolean },
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  session: string | undefined;
  csrf: string | undefined;
}

export function anonymous(app: FastifyInstance): Client {
  const client: Client = {
    session: undefined,
    csrf: undefined,
    async request(method, url, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (client.csrf && options.csrf !== false) headers['x-csrf-token'] = client.csrf;
      return app.inject({
        method,
        // Paths are given relative to /api/v1, except the few that live outside it.
        url: /^\/(api|healthz|readyz)/.test(url) ? url : `${API_PREFIX}${url}`,
        headers,
        ...(client.session ? { cookies: { [SESSION_COOKIE]: client.session } } : {}),
        ...(options.body !== undefined ? { payload: options.body as InjectOptions['payload'] } : {}),
      });
    },
    get: (url) => client.request('GET', url),
    post: (url, body, headers) => client.request('POST', url, { body: body ?? {}, ...(headers ? { headers } : {}) }),
    put: (url, body, headers) => client.request('PUT', url, { body, ...(headers ? { headers } : {}) }),
    delete: (url) => client.request('DELETE', url),
  };
  return client;
}

export async function logIn(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const client = anonymous(app);
  const response = await client.post('/auth/login', { username, password });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  client.session = response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  client.csrf = response.json().csrfToken;
  return client;
}
