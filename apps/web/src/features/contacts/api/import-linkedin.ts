import type { LinkedInImportResultDto } from '@offerpath/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { contactsQueryKey } from './get-contacts';

export interface ImportLinkedInVariables {
  file: File;
  /** true: report what would happen, write nothing. */
  dryRun: boolean;
}

export function importLinkedIn({ file, dryRun }: ImportLinkedInVariables): Promise<LinkedInImportResultDto> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/contacts/import/linkedin', {
      params: { query: dryRun ? { dryRun: true } : {} },
      // The schema types the multipart field as a string; openapi-fetch sends FormData as is.
      body: form as unknown as { file: string },
    }),
  );
}

export function useImportLinkedIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLinkedIn,
    onSuccess: (result) => {
      if (result.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
      // The board's "N contacts at <Company>" counts (the applications feature's cache, by its key).
      void queryClient.invalidateQueries({ queryKey: ['board'] });
    },
  });
}
