/** Save and discard for a form that edits a saved record; both idle until something changed. */
export function EditFormActions({ dirty, pending, onDiscard }: { dirty: boolean; pending: boolean; onDiscard: () => void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={!dirty || pending}>
        {pending ? 'Saving…' : 'Save changes'}
      </button>
      <button type="button" className="button" disabled={!dirty || pending} onClick={onDiscard}>
        Discard changes
      </button>
    </div>
  );
}
