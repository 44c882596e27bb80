import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { errorMessage, isApiError } from '../../../lib/api';
import { type RestoreResult, useRestoreBackup } from '../api/restore-backup';

const MAX_LISTED = 10;

/** What the server said about a backup file, in words. */
function restoreErrorMessage(error: unknown): string {
  if (isApiError(error, 409)) {
    return 'Your account already has data, and a backup only restores into an empty account so nothing gets mixed up or overwritten. Sign up for a new account and restore there.';
  }
  if (isApiError(error, 413)) return 'This file is over 50 MB — it is not an Offerpath backup.';
  if (isApiError(error, 400)) return `Nothing was restored: ${error.message}`;
  return `Nothing was restored. ${errorMessage(error)}`;
}

interface BackupProblem {
  table?: string | null;
  row?: number | null;
  field: string;
  message: string;
}

export function RestoreSection() {
  const restore = useRestoreBackup();
  const inputId = useId();
  const hintId = useId();
  const [done, setDone] = useState<RestoreResult | null>(null);
  const problems: BackupProblem[] = isApiError(restore.error, 400) ? (restore.error.problem?.errors ?? []) : [];
  const restoredCount = (table: string) => done?.restored[table] ?? 0;

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Restore from a backup</h2>
      <div className="field">
        <label htmlFor={inputId}>Backup file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          disabled={restore.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setDone(null);
            restore.mutate(file, { onSuccess: setDone });
          }}
        />
        <p id={hintId} className="field-hint">
          Only into an account with no applications, contacts or events yet. Everything is restored or nothing is.
        </p>
      </div>
      {restore.isPending ? (
        <div className="upload-progress" aria-busy="true">
          <progress aria-label="Restoring the backup" />
          <p role="status">Restoring the backup…</p>
        </div>
      ) : null}
      {restore.isError ? (
        <Banner>
          {restoreErrorMessage(restore.error)}
          {problems.length > 0 ? (
            <ul className="error-list">
              {problems.slice(0, MAX_LISTED).map((p, index) => (
                <li key={index}>
                  {p.table ? `${p.table}${p.row !== null && p.row !== undefined ? ` row ${p.row + 1}` : ''}, ` : ''}
                  {p.field}: {p.message}
                </li>
              ))}
              {problems.length > MAX_LISTED ? <li>…and {problems.length - MAX_LISTED} more</li> : null}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      {done ? (
        <Banner tone="info">
          Restored {restoredCount('applications')} applications, {restoredCount('contacts')} contacts and{' '}
          {restoredCount('events')} events. <Link to="/">Open the board</Link>
        </Banner>
      ) : null}
    </section>
  );
}
