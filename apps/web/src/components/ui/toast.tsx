import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';

export const TOAST_TONES = ['info', 'success', 'error'] as const;
export type ToastTone = (typeof TOAST_TONES)[number];

/** A button in the toast (e.g. Undo); clicking it also dismisses the toast. */
export interface ToastAction {
  label: string;
  onAction: () => void;
}

interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}

type ShowToast = (message: string, tone?: ToastTone, action?: ToastAction) => void;

const ToastContext = createContext<ShowToast | null>(null);

const LIFETIME_MS: Record<ToastTone, number> = { info: 5000, success: 4000, error: 9000 };

/**
 * Short messages in two live regions that are always in the DOM (so screen readers pick up
 * what is added): errors are assertive, everything else polite.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((current) => current.filter((item) => item.id !== id)), []);

  const show = useCallback<ShowToast>(
    (message, tone = 'info', action) => {
      const id = nextId.current++;
      setItems((current) => [...current.filter((item) => item.message !== message).slice(-2), { id, message, tone, action }]);
      // An action (Undo) needs time to be reached, by keyboard too.
      window.setTimeout(() => dismiss(id), action ? 10_000 : LIFETIME_MS[tone]);
    },
    [dismiss],
  );

  const render = (tone: 'error' | 'other') =>
    items
      .filter((item) => (tone === 'error') === (item.tone === 'error'))
      .map((item) => (
        <div key={item.id} className="toast" data-tone={item.tone}>
          <span>{item.message}</span>
          {item.action ? (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                dismiss(item.id);
                item.action?.onAction();
              }}
            >
              {item.action.label}
            </button>
          ) : null}
          <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={() => dismiss(item.id)}>
            ×
          </button>
        </div>
      ));

  const value = useMemo(() => show, [show]);

  return (
    <ToastContext value={value}>
      {children}
      <div className="toasts">
        <div role="alert" aria-live="assertive" className="toast-region">
          {render('error')}
        </div>
        <div role="status" aria-live="polite" className="toast-region">
          {render('other')}
        </div>
      </div>
    </ToastContext>
  );
}

export function useToast(): ShowToast {
  const show = use(ToastContext);
  if (!show) throw new Error('useToast must be used inside <ToastProvider>');
  return show;
}
