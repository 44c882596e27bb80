import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { filenameFrom, saveBlob } from '../lib/save-file';

/** Fetches the JSON backup of the whole account and saves it; answers the file name. */
export async function downloadBackup(): Promise<string> {
  // As a blob: the file is saved as the server wrote it, never parsed and re-serialised.
  const result = await api.GET('/api/backup', { parseAs: 'blob' });
  const blob = await unwrap(Promise.resolve(result));
  const name = filenameFrom(result.response.headers.get('content-disposition'), 'offerpath-backup.json');
  saveBlob(blob as Blob, name);
  return name;
}

export function useDownloadBackup() {
  return useMutation({ mutationFn: downloadBackup });
}
