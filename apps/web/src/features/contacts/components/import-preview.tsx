import type { ImportPreviewRowDto, LinkedInImportResultDto } from '@offerpath/api-client';
import { useId } from 'react';
import { RowErrorsTable } from '../../../components/ui/row-errors-table';
import { formatDay } from '../../../lib/dates';

const ACTION_LABELS: Record<ImportPreviewRowDto['action'], string> = {
  create: 'Create',
  update: 'Update',
  skip: 'Skip',
};

interface ImportPreviewProps {
  fileName: string;
  result: LinkedInImportResultDto;
}

/** What a dry run says the import would do: the counts, the rows with errors, the first rows. */
export function ImportPreview({ fileName, result }: ImportPreviewProps) {
  const titleId = useId();
  const errorRows = new Set(result.errors.map((error) => error.row)).size;
  const total = result.created + result.updated + result.skipped;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Preview of {fileName}</h2>
      <p className="import-summary" data-testid="import-summary">
        <span data-action="create">{result.created} to create</span>
        <span data-action="update">{result.updated} to update</span>
        <span data-action="skip">{result.skipped} to skip</span>
        {errorRows > 0 ? <span data-action="error">{errorRows} with errors</span> : null}
      </p>

      <RowErrorsTable errors={result.errors} rowTestId="import-error" />

      {result.preview.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" aria-label="Rows in the file">
            {result.preview.length < total ? (
              <caption className="table-note">
                The first {result.preview.length} of {total} rows
              </caption>
            ) : null}
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Title</th>
                <th scope="col">Connected</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {result.preview.map((row) => (
                <tr key={row.row} data-testid="preview-row" data-action={row.action}>
                  <td>{row.row}</td>
                  <th scope="row">{row.name}</th>
                  <td>{row.company ?? '—'}</td>
                  <td>{row.title ?? '—'}</td>
                  <td>{formatDay(row.connectedOn)}</td>
                  <td>
                    <span className="action-badge" data-action={row.action}>
                      {ACTION_LABELS[row.action]}
                    </span>
                    {row.reason ? <span className="muted"> — {row.reason}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
