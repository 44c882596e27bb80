import { vi } from 'vitest';

export interface RecordedCall {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

interface HandlerArgs {
  body: unknown;
  params: Record<string, string>;
  call: RecordedCall;
}

type Handler = (args: HandlerArgs) => Response | Promise<Response>;

/** A JSON (or problem+json, for errors) response. */
export function json(status: number, body?: unknown): Response {
  if (status === 204 || body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export function problem(status: number, code: string, detail: string, errors?: { field: string; message: string }[]) {
  return json(status, { type: 'about:blank', title: 'Error', status, detail, code, ...(errors ? { errors } : {}) });
}

function compile(pattern: string) {
  const [method, path] = pattern.split(' ');
  const names: string[] = [];
  const regex = new RegExp(
    `^${path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { method, regex, names };
}

/**
 * Stubs fetch at the network boundary. Routes are 'METHOD /path/:param'; a route may be a list
 * of handlers, used one per call (the last one repeats). Unknown routes answer 404.
 */
export function mockApi(routes: Record<string, Handler | Handler[]>) {
  const calls: RecordedCall[] = [];
  const counters = new Map<string, number>();
  const compiled = Object.entries(routes).map(([pattern, handler]) => ({ pattern, handler, ...compile(pattern) }));

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      // JSON bodies parsed; anything else (a multipart upload) kept as the text sent.
      body: text ? (request.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) : undefined,
    };
    calls.push(call);
    for (const route of compiled) {
      const match = route.method === request.method ? route.regex.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, match[index + 1]]));
      const count = counters.get(route.pattern) ?? 0;
      counters.set(route.pattern, count + 1);
      const handler = Array.isArray(route.handler)
        ? route.handler[Math.min(count, route.handler.length - 1)]
        : route.handler;
      return handler({ body: call.body, params, call });
    }
    return problem(404, 'not_found', `No mock for ${request.method} ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((call) => call.method === method && call.path === path),
  };
}
