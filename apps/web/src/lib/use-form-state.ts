import { useState } from 'react';

/** A form's values, the messages beside its fields and the one for the whole form. */
export function useFormState<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  /** New values and no messages. */
  const reset = (next: V) => {
    setValues(next);
    setErrors({});
    setFormError(null);
  };

  return { values, set, errors, setErrors, formError, setFormError, reset };
}
