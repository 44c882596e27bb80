import { ApiError, errorMessage, placeFieldErrors } from '../../../lib/api';

export interface AuthFormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  banner: string | null;
}

/** Splits a failed sign-in or registration into messages beside fields and one for the form. */
export function authErrors<F extends string>(error: unknown, fields: readonly F[]): AuthFormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, banner: errorMessage(error) };
  if (error.status === 429) return { fields: {}, banner: 'Too many attempts, try again later' };
  if (error.code === 'invalid_credentials') return { fields: {}, banner: 'Email or password is incorrect.' };
  const { placed, unplaced } = placeFieldErrors(error, fields);
  if (error.code === 'email_taken' && (fields as readonly string[]).includes('email') && !placed['email' as F]) {
    placed['email' as F] = 'An account with this email already exists. Sign in instead?';
  }
  const banner = Object.keys(placed).length === 0 || unplaced ? errorMessage(error) : null;
  return { fields: placed, banner };
}

/** Where to go after signing in: back to the page that sent the user here, if any. */
export function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from?: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/';
}
