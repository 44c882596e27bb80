import type { components } from '@offerpath/api-client';
import type { TrackerMapping } from '@offerpath/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type TrackerImportResult = components['schemas']['TrackerImportResultDto'];

export interface ImportApplicationsVariables {
  file: File;
  /** Absent: the server's suggestion from the header names. */
  mapping?: TrackerMapping;
  /** true: report what would happen, write nothing. */
  dryRun: boolean;
}

export function importApplications({ file, mapping, dryRun }: ImportApplicationsVariables): Promise<TrackerImportResult> {
  const form = new FormData();
  if (mapping) form.append('mapping', JSON.stringify(mapping));
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/import/applications', {
      params: { query: dryRun ? { dryRun: true } : {} },
      body: form as unknown as { file: string },
    }),
  );
}

export function useImportApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importApplications,
    onSuccess: (result) => {
      if (result.dryRun) return;
      // The board, lists, companies and stats all gain the new applications.
      void queryClient.invalidateQueries();
    },
  });
}
