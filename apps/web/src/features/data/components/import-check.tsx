import { CHANNEL_LABELS, STAGE_LABELS } from '@offerpath/domain';
import { useId } from 'react';
import { RowErrorsTable } from '../../../components/ui/row-errors-table';
import type { TrackerImportResult } from '../api/import-applications';

/** What a dry run with the chosen mapping says: rows ready, rows with errors, the first rows as saved. */
export function ImportCheck({ result }: { result: TrackerImportResult }) {
  const previewId = useId();
  const errorRows = new Set(result.errors.map((e) => e.row)).size;
  return (
    <div className="import-check">
      <p className="import-summary" data-testid="tracker-import-summary" role="status">
        <span data-action="create">{result.valid} ready to import</span>
        {errorRows > 0 ? <span data-action="error">{errorRows} with errors</span> : null}
      </p>
      {result.mappingErrors.length > 0 ? (
        <ul className="error-list" role="alert">
          {result.mappingErrors.map((e, index) => (
            <li key={index}>{e.message}</li>
          ))}
        </ul>
      ) : null}
      <RowErrorsTable errors={result.errors} rowTestId="tracker-import-error" />
      {result.preview.length > 0 ? (
        <>
          <h3 id={previewId}>How the first rows will be saved</h3>
          <table className="data-table" aria-labelledby={previewId}>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Company</th>
                <th scope="col">Role</th>
                <th scope="col">Stage</th>
                <th scope="col">Channel</th>
                <th scope="col">Applied on</th>
              </tr>
            </thead>
            <tbody>
              {result.preview.slice(0, 10).map((row) => (
                <tr key={row.row} data-testid="tracker-preview-row">
                  <td>{row.row}</td>
                  <th scope="row">{row.companyName}</th>
                  <td>{row.roleTitle}</td>
                  <td>{STAGE_LABELS[row.stage]}</td>
                  <td>{CHANNEL_LABELS[row.channel]}</td>
                  <td>{row.appliedOn ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
