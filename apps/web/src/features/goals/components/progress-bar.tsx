interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** Said by screen readers, e.g. '3 of 10'. */
  valueText: string;
}

/** A labelled bar that fills toward `max` (values past it show full). */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const fraction = max > 0 ? Math.min(1, Math.max(0, value) / max) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      data-complete={max > 0 && value >= max ? '' : undefined}
    >
      <div className="progress-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
    </div>
  );
}
