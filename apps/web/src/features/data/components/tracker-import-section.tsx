import type { TrackerMapping } from '@offerpath/domain';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { type TrackerImportResult, useImportApplications } from '../api/import-applications';
import { ImportCheck } from './import-check';
import { MappingStep } from './mapping-step';

type Step =
  | { name: 'choose' }
  | { name: 'map'; file: File; read: TrackerImportResult; mapping: TrackerMapping; check: TrackerImportResult | null }
  | { name: 'done'; created: number };

function importErrorMessage(error: unknown): string {
  if (isApiError(error, 413)) return 'This file is over 5 MB. Split it, or remove columns you don’t need.';
  if (isApiError(error, 400) && error.code === 'invalid_csv') return `This file can’t be read as CSV: ${error.message}`;
  return errorMessage(error);
}

/** Upload another tracker's CSV → match its columns → check every row → import all or nothing. */
export function TrackerImportSection() {
  const upload = useImportApplications();
  const toast = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);

  const read = (file: File) => {
    setError(null);
    setStep({ name: 'choose' });
    upload.mutate(
      { file, dryRun: true },
      {
        onSuccess: (result) => setStep({ name: 'map', file, read: result, mapping: result.suggestedMapping, check: null }),
        onError: (failure) => setError(importErrorMessage(failure)),
      },
    );
  };

  const check = (current: Extract<Step, { name: 'map' }>) => {
    setError(null);
    upload.mutate(
      { file: current.file, mapping: current.mapping, dryRun: true },
      { onSuccess: (result) => setStep({ ...current, check: result }), onError: (failure) => setError(importErrorMessage(failure)) },
    );
  };

  const commit = (current: Extract<Step, { name: 'map' }>) => {
    setError(null);
    upload.mutate(
      { file: current.file, mapping: current.mapping, dryRun: false },
      {
        onSuccess: (result) => {
          setStep({ name: 'done', created: result.created });
          toast(`Imported ${result.created} applications.`, 'success');
        },
        onError: (failure) => setError(`Nothing was imported. ${importErrorMessage(failure)}`),
      },
    );
  };

  const ready = step.name === 'map' && step.check !== null && step.check.errors.length === 0 && step.check.mappingErrors.length === 0 && step.check.valid > 0;

  return (
    <section className="panel tracker-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import applications from another tracker</h2>
      {step.name === 'done' ? (
        <>
          <p role="status">Imported {step.created} applications.</p>
          <div className="form-actions">
            <Link to="/" className="button button-primary">
              Open the board
            </Link>
            <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
              Import another file
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`}>CSV file</label>
            <input
              ref={inputRef}
              id={`${id}-file`}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={`${id}-hint`}
              disabled={upload.isPending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) read(file);
              }}
            />
            <p id={`${id}-hint`} className="field-hint">
              Export your spreadsheet, Teal, Huntr or other tracker as CSV (UTF-8). You’ll match its columns next; nothing is
              imported until you confirm, and then every row is imported or none.
            </p>
          </div>
          {upload.isPending ? (
            <div className="upload-progress" aria-busy="true">
              <progress aria-label={upload.variables?.dryRun ? 'Checking the file' : 'Importing applications'} />
              <p role="status">{upload.variables?.dryRun ? 'Checking the file…' : 'Importing applications…'}</p>
            </div>
          ) : null}
          {error ? <Banner>{error}</Banner> : null}
          {step.name === 'map' ? (
            <>
              <MappingStep
                headers={step.read.headers}
                sample={step.read.sample}
                mapping={step.mapping}
                disabled={upload.isPending}
                onChange={(mapping) => setStep({ ...step, mapping, check: null })}
              />
              {step.check ? <ImportCheck result={step.check} /> : null}
              <div className="form-actions">
                <button type="button" className="button" disabled={upload.isPending} onClick={() => check(step)}>
                  Check rows
                </button>
                <button type="button" className="button button-primary" disabled={upload.isPending || !ready} onClick={() => commit(step)}>
                  {ready && step.check ? `Import ${step.check.valid} applications` : 'Import'}
                </button>
                {step.check && !ready ? (
                  <p className="muted">Fix the rows or the columns above (in the file, then choose it again), then check again.</p>
                ) : null}
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
