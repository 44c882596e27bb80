import { useState, type ReactNode } from 'react';

interface ConfirmDeleteProps {
  /** The button that asks, e.g. "Delete contact". */
  triggerLabel: string;
  /** The button that backs out; it has focus, so Enter does not delete. */
  keepLabel: string;
  /** Extra class on the zone, e.g. 'drawer-section'. */
  className?: string;
  pending: boolean;
  onConfirm: () => void;
  /** The question, naming what goes. */
  children: ReactNode;
}

/** A delete button that asks first, in place. */
export function ConfirmDelete({ triggerLabel, keepLabel, className, pending, onConfirm, children }: ConfirmDeleteProps) {
  const [confirming, setConfirming] = useState(false);
  const zoneClass = [className, 'danger-zone'].filter(Boolean).join(' ');

  if (!confirming) {
    return (
      <div className={zoneClass}>
        <button type="button" className="button button-danger-quiet" onClick={() => setConfirming(true)}>
          {triggerLabel}
        </button>
      </div>
    );
  }
  return (
    <div className={zoneClass} role="group" aria-label="Confirm delete">
      <p>{children}</p>
      <div className="form-actions">
        <button type="button" className="button button-danger" disabled={pending} onClick={onConfirm}>
          Yes, delete
        </button>
        <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
          {keepLabel}
        </button>
      </div>
    </div>
  );
}
