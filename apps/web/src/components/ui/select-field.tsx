import { Field } from './field';

interface SelectFieldProps<V extends string> {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  value: V;
  /** In order; include '' for a "not set" choice. */
  options: readonly V[];
  optionLabel: (option: V) => string;
  optionDisabled?: (option: V) => boolean;
  onChange: (value: V) => void;
}

/** A labelled select over a fixed list of string values. */
export function SelectField<V extends string>({
  label,
  error,
  hint,
  className,
  value,
  options,
  optionLabel,
  optionDisabled,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(props) => (
        // The options are exactly `options`, so the selected value is one of them.
        <select {...props} value={value} onChange={(event) => onChange(event.target.value as V)}>
          {options.map((option) => (
            <option key={option} value={option} disabled={optionDisabled?.(option)}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
