import { createApiClient, type Problem } from '@offerpath/api-client';

/** The one typed client for the whole app; same origin, so the session cookie travels along. */
export const api = createApiClient(window.location.origin);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
    message?: string,
  ) {
    super(message ?? problem?.detail ?? `Request failed (${status})`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem?.code;
  }

  /** Field errors keyed by field name; the first message wins. */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, message } of this.problem?.errors ?? []) {
      result[field] ??= message;
    }
    return result;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * A failed request's field messages for the fields a form has (to show beside them), and
 * whether any were for fields it does not have (so only a form-wide message can say them).
 */
export function placeFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
): { placed: Partial<Record<F, string>>; unplaced: boolean } {
  const placed: Partial<Record<F, string>> = {};
  let unplaced = false;
  for (const [field, message] of Object.entries(isApiError(error) ? error.fieldErrors : {})) {
    if ((fields as readonly string[]).includes(field)) placed[field as F] = message;
    else unplaced = true;
  }
  return { placed, unplaced };
}

function asProblem(body: unknown): Problem | null {
  if (typeof body !== 'object' || body === null) return null;
  const candidate = body as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.code === 'string' ? (body as Problem) : null;
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call: the data on 2xx, an ApiError carrying the problem otherwise. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null, 'Cannot reach the server. Check your connection and try again.');
  }
  if (!result.response.ok) throw new ApiError(result.response.status, asProblem(result.error));
  return result.data as T;
}

/** A sentence for people, for a failed request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many attempts, try again later';
    if (error.status >= 500) return 'Something went wrong on our side. Try again in a moment.';
    return error.message;
  }
  return 'Something went wrong. Try again.';
}
