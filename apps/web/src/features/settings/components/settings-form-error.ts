import { errorMessage, isApiError } from '../../../lib/api';

/** The form-wide message for a failed settings save; a conflict has already triggered a reload. */
export function settingsSaveError(error: unknown): string {
  if (isApiError(error, 409)) return 'Your settings were changed elsewhere and have been reloaded. Check them and save again.';
  return errorMessage(error);
}
