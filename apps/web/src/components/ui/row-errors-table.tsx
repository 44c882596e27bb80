import { useId } from 'react';

export interface RowError {
  row: number;
  field: string;
  message: string;
}

interface RowErrorsTableProps {
  errors: readonly RowError[];
  /** data-testid of each error row, for the import it belongs to. */
  rowTestId: string;
}

/** The rows of an uploaded file that can't be imported, each with its column and problem. */
export function RowErrorsTable({ errors, rowTestId }: RowErrorsTableProps) {
  const titleId = useId();
  if (errors.length === 0) return null;
  return (
    <div className="import-errors" role="alert">
      <h3 id={titleId}>Rows that can’t be imported</h3>
      <table className="data-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}:${error.field}:${index}`} data-testid={rowTestId}>
              <td>{error.row}</td>
              <td>{error.field}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
