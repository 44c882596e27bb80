import type { LinkedInImportResultDto } from '@offerpath/api-client';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useImportLinkedIn } from '../api/import-linkedin';
import { ImportPreview } from './import-preview';

/** What the server said about a file, in words, for the upload and the import alike. */
export function importErrorMessage(error: unknown): string {
  if (isApiError(error, 413)) return 'This file is over 5 MB. LinkedIn’s Connections.csv is far smaller — check that you chose the right file.';
  if (isApiError(error, 400) && error.code === 'invalid_csv') {
    return `This doesn’t look like LinkedIn’s Connections.csv: ${error.message}`;
  }
  return errorMessage(error);
}

type Step =
  | { name: 'choose' }
  | { name: 'preview'; file: File; preview: LinkedInImportResultDto }
  | { name: 'done'; result: LinkedInImportResultDto };

export function ImportPage() {
  const upload = useImportLinkedIn();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<{ message: string; rows: { row?: number; field: string; message: string }[] } | null>(
    null,
  );

  const preview = (file: File) => {
    setError(null);
    setStep({ name: 'choose' });
    upload.mutate(
      { file, dryRun: true },
      {
        onSuccess: (result) => setStep({ name: 'preview', file, preview: result }),
        onError: (failure) => setError({ message: importErrorMessage(failure), rows: [] }),
      },
    );
  };

  const commit = (file: File) => {
    setError(null);
    upload.mutate(
      { file, dryRun: false },
      {
        onSuccess: (result) => {
          setStep({ name: 'done', result });
          toast(`Imported ${result.created + result.updated} contacts.`, 'success');
        },
        onError: (failure) =>
          setError({
            message: `Nothing was imported. ${importErrorMessage(failure)}`,
            rows: isApiError(failure) ? (failure.problem?.errors ?? []) : [],
          }),
      },
    );
  };

  const toImport = step.name === 'preview' ? step.preview.created + step.preview.updated : 0;

  return (
    <div className="import-page">
      <div className="page-header">
        <h1>Import from LinkedIn</h1>
        <Link to="/contacts">Back to contacts</Link>
      </div>

      {step.name === 'done' ? (
        <section className="panel" aria-labelledby={`${hintId}-done`}>
          <h2 id={`${hintId}-done`}>Import complete</h2>
          <p role="status">
            {step.result.created} created · {step.result.updated} updated · {step.result.skipped} skipped
          </p>
          <div className="form-actions">
            <Link to="/contacts" className="button button-primary">
              View contacts
            </Link>
            <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
              Import another file
            </button>
          </div>
        </section>
      ) : (
        <>
          <section className="panel">
            <div className="field">
              <label htmlFor={`${hintId}-file`}>Connections.csv</label>
              <input
                ref={inputRef}
                id={`${hintId}-file`}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={hintId}
                disabled={upload.isPending}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  // Cleared, so that choosing the same (fixed) file again previews it again.
                  event.target.value = '';
                  if (file) preview(file);
                }}
              />
              <p id={hintId} className="field-hint">
                On LinkedIn: Settings → Data privacy → Get a copy of your data → Connections; unzip the download and
                choose Connections.csv.
              </p>
            </div>
          </section>

          {upload.isPending ? (
            <div className="upload-progress" aria-busy="true">
              <progress aria-label={upload.variables?.dryRun ? 'Reading the file' : 'Importing contacts'} />
              <p role="status">{upload.variables?.dryRun ? 'Reading the file…' : 'Importing contacts…'}</p>
            </div>
          ) : null}

          {error ? (
            <Banner>
              {error.message}
              {error.rows.length > 0 ? (
                <ul className="error-list">
                  {error.rows.map((row, index) => (
                    <li key={index}>
                      {row.row !== undefined ? `Row ${row.row}, ` : ''}
                      {row.field}: {row.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Banner>
          ) : null}

          {step.name === 'preview' ? (
            <>
              <ImportPreview fileName={step.file.name} result={step.preview} />
              <div className="form-actions">
                {step.preview.errors.length > 0 ? (
                  <p className="muted">Fix the rows above in the file, then choose it again. Nothing is imported while any row has an error.</p>
                ) : toImport === 0 ? (
                  <p className="muted">Every contact in this file is already up to date.</p>
                ) : null}
                <button
                  type="button"
                  className="button button-primary"
                  disabled={upload.isPending || toImport === 0 || step.preview.errors.length > 0}
                  onClick={() => commit(step.file)}
                >
                  Import {toImport} {toImport === 1 ? 'contact' : 'contacts'}
                </button>
                <button type="button" className="button" disabled={upload.isPending} onClick={() => inputRef.current?.click()}>
                  Choose another file
                </button>
              </div>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
