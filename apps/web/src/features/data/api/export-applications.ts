import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { filenameFrom, saveBlob } from '../lib/save-file';

/** Fetches the CSV of every application and saves it; answers the file name. */
export async function exportApplications(): Promise<string> {
  const result = await api.GET('/api/export/applications.csv', { parseAs: 'blob' });
  const blob = await unwrap(Promise.resolve(result));
  const name = filenameFrom(result.response.headers.get('content-disposition'), 'offerpath-applications.csv');
  saveBlob(blob as Blob, name);
  return name;
}

export function useExportApplications() {
  return useMutation({ mutationFn: exportApplications });
}
