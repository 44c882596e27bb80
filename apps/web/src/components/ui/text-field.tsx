import type { ComponentProps } from 'react';
import { Field } from './field';

interface FieldChrome {
  label: string;
  error?: string;
  hint?: string;
  /** On the field's wrapper, e.g. 'span-2'. */
  className?: string;
}

/** Set by Field, to tie the control to its label, hint and error. */
type FieldWired = 'id' | 'aria-invalid' | 'aria-describedby';

type TextFieldProps = FieldChrome &
  Omit<ComponentProps<'input'>, FieldWired | 'value' | 'onChange' | 'className' | 'children'> & {
    value: string;
    onChange: (value: string) => void;
  };

/** A labelled text-like input (text, email, url, date, number…) holding a string. */
export function TextField({ label, error, hint, className, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(props) => <input {...props} {...input} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

type TextAreaFieldProps = FieldChrome &
  Omit<ComponentProps<'textarea'>, FieldWired | 'value' | 'onChange' | 'className' | 'children'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextAreaField({ label, error, hint, className, value, onChange, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(props) => <textarea {...props} {...textarea} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
