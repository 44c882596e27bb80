import type { components } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type RestoreResult = components['schemas']['RestoreResultDto'];

export function restoreBackup(file: File): Promise<RestoreResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/backup/restore', {
      // The schema types the multipart field as a string; openapi-fetch sends FormData as is.
      body: form as unknown as { file: string },
    }),
  );
}

export function useRestoreBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreBackup,
    // Everything the app shows may have changed.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
