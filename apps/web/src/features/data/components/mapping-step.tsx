import { TRACKER_FIELDS, TRACKER_FIELD_LABELS, type TrackerField, type TrackerMapping } from '@offerpath/domain';
import { useId } from 'react';

const IGNORE = '';
const CHOICES = [IGNORE, ...TRACKER_FIELDS] as const;
type Choice = (typeof CHOICES)[number];

const SAMPLE_SHOWN = 3;

interface MappingStepProps {
  headers: string[];
  sample: string[][];
  mapping: TrackerMapping;
  disabled: boolean;
  onChange: (mapping: TrackerMapping) => void;
}

/** One select per column of the file, with its first values, to say which field it fills. */
export function MappingStep({ headers, sample, mapping, disabled, onChange }: MappingStepProps) {
  const titleId = useId();
  const taken = (field: TrackerField, column: string) =>
    field !== 'notes' && headers.some((other) => other !== column && mapping[other] === field);
  return (
    <div className="mapping-step">
      <h3 id={titleId}>Match the columns</h3>
      <p className="muted">Company and Role are required. Several columns can go to Notes; the others are ignored.</p>
      <table className="data-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">Column in your file</th>
            <th scope="col">First values</th>
            <th scope="col">Imports as</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header, index) => (
            <tr key={header} data-testid="mapping-row">
              <th scope="row">{header}</th>
              <td className="mapping-sample">
                {sample
                  .slice(0, SAMPLE_SHOWN)
                  .map((row) => row[index])
                  .filter((value) => value && value.trim() !== '')
                  .join(' · ') || <span className="muted">(empty)</span>}
              </td>
              <td>
                <select
                  aria-label={`Field for column ${header}`}
                  value={mapping[header] ?? IGNORE}
                  disabled={disabled}
                  onChange={(event) => {
                    const value = event.target.value as Choice;
                    onChange({ ...mapping, [header]: value === IGNORE ? null : value });
                  }}
                >
                  {CHOICES.map((choice) => (
                    <option key={choice} value={choice} disabled={choice !== IGNORE && taken(choice, header)}>
                      {choice === IGNORE ? 'Ignore this column' : TRACKER_FIELD_LABELS[choice]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
