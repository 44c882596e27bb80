import { EVENT_OUTCOMES, EVENT_OUTCOME_LABELS, EVENT_TYPES, EVENT_TYPE_LABELS, ROUND_KINDS, ROUND_KIND_LABELS, isGatheringEventType } from '@offerpath/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { FormError } from '../../../components/ui/form-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextAreaField, TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useFormState } from '../../../lib/use-form-state';
import { useCreateEvent } from '../api/create-event';
import { useDeleteEvent } from '../api/delete-event';
import { useUpdateEvent } from '../api/update-event';
import { type EventFormField, type EventFormValues, emptyEventValues, formFieldOf, toEventBody, toUpdateBody, valuesFromEvent } from '../lib/event-form';
import type { EventDetailDto, EventDto, StageSuggestionDto } from '../lib/types';
import { ApplicationPicker } from './application-picker';
import { ContactLinks } from './contact-links';
import { StageSuggestionPrompt } from './stage-suggestion-prompt';

interface EventFormProps {
  /** The event to edit; a new one when absent. */
  event?: EventDto;
  /** For a new event: its day and zone. */
  defaultDay: string;
  defaultTimeZone: string;
  onClose: () => void;
}

/** Create, edit or delete an event; after an interview round, offers the stage move it implies. */
export function EventForm({ event, defaultDay, defaultTimeZone, onClose }: EventFormProps) {
  const toast = useToast();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const remove = useDeleteEvent();
  const initial = event ? valuesFromEvent(event) : emptyEventValues(defaultDay, defaultTimeZone);
  const { values, set, errors, setErrors, formError, setFormError } = useFormState<EventFormValues>(initial);
  const [suggestion, setSuggestion] = useState<StageSuggestionDto | null>(null);
  const pending = create.isPending || update.isPending;

  if (suggestion) {
    return (
      <StageSuggestionPrompt
        suggestion={suggestion}
        onDone={(moved) => {
          if (moved) toast(`Moved ${suggestion.companyName} to the next stage`, 'success');
          onClose();
        }}
      />
    );
  }

  const onError = (error: unknown) => {
    const placed: Partial<Record<EventFormField, string>> = {};
    let unplaced = false;
    for (const [field, message] of Object.entries(isApiError(error) ? error.fieldErrors : {})) {
      const own = formFieldOf(field);
      if (own) placed[own] ??= message;
      else unplaced = true;
    }
    setErrors(placed);
    setFormError(isApiError(error, 409) ? 'This event was changed elsewhere; it has been reloaded. Close and open it again.' : unplaced || Object.keys(placed).length === 0 ? errorMessage(error) : null);
  };

  const onSaved = (saved: EventDetailDto) => {
    toast(event ? 'Event saved' : 'Event added', 'success');
    if (saved.stageSuggestion) setSuggestion(saved.stageSuggestion);
    else onClose();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const checked = toEventBody(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFormError(null);
      return;
    }
    setErrors({});
    setFormError(null);
    if (event) update.mutate({ id: event.id, body: toUpdateBody(checked.body, event.version, event.title) }, { onSuccess: onSaved, onError });
    else create.mutate(checked.body, { onSuccess: onSaved, onError });
  };

  return (
    <form className="event-form" onSubmit={submit} noValidate aria-label={event ? 'Edit event' : 'New event'}>
      <FormError message={formError} />
      <div className="form-grid">
        <SelectField label="Type" value={values.type} options={EVENT_TYPES} optionLabel={(t) => EVENT_TYPE_LABELS[t]} onChange={set('type')} error={errors.type} />
        {values.type === 'interview' ? (
          <SelectField
            label="Round"
            value={values.roundKind}
            options={['', ...ROUND_KINDS] as const}
            optionLabel={(r) => (r ? ROUND_KIND_LABELS[r] : 'Not set')}
            onChange={set('roundKind')}
            error={errors.roundKind}
          />
        ) : null}
        <TextField
          className="span-2"
          label="Title"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          maxLength={200}
          hint={event ? undefined : 'Leave empty to name it after the type and company.'}
        />
        <TextField label="Starts" type="datetime-local" value={values.start} onChange={set('start')} error={errors.start} required />
        <TextField label="Ends" type="datetime-local" value={values.end} onChange={set('end')} error={errors.end} />
        <TextField className="span-2" label="Time zone" value={values.timeZone} onChange={set('timeZone')} error={errors.timeZone} hint="Starts and ends are in this zone (IANA name)." />
        <TextField label="Location" value={values.location} onChange={set('location')} error={errors.location} maxLength={500} />
        <TextField label="Link" type="url" value={values.url} onChange={set('url')} error={errors.url} />
        <SelectField label="Outcome" value={values.outcome} options={EVENT_OUTCOMES} optionLabel={(o) => EVENT_OUTCOME_LABELS[o]} onChange={set('outcome')} error={errors.outcome} />
        <ApplicationPicker value={values.application} onChange={set('application')} error={errors.application} />
        <ContactLinks value={values.contacts} onChange={set('contacts')} error={errors.contacts} />
        <TextAreaField className="span-2" label="Notes" value={values.notes} onChange={set('notes')} error={errors.notes} rows={3} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : event ? 'Save changes' : 'Add event'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {event && isGatheringEventType(event.type) ? (
        <p className="drawer-section">
          <Link to={`/calendar/events/${event.id}/people`}>Add people met</Link>
        </p>
      ) : null}
      {event ? (
        <ConfirmDelete
          className="drawer-section"
          triggerLabel="Delete event"
          keepLabel="Keep event"
          pending={remove.isPending}
          onConfirm={() =>
            remove.mutate(event.id, {
              onSuccess: () => {
                toast('Event deleted', 'success');
                onClose();
              },
              onError: (error) => setFormError(errorMessage(error)),
            })
          }
        >
          Delete “{event.title}”? Its follow-ups go too; the contacts stay.
        </ConfirmDelete>
      ) : null}
    </form>
  );
}
