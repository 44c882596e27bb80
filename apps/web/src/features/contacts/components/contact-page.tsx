import { CONTACT_KIND_LABELS } from '@offerpath/domain';
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { PageLoading } from '../../../components/ui/page-loading';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useDeleteContact } from '../api/delete-contact';
import { useContact } from '../api/get-contact';
import { ContactEditForm } from './contact-edit-form';
import { ContactFollowUps } from './contact-follow-ups';
import { ContactTimeline } from './contact-timeline';
import { OutreachActions } from './outreach-actions';

export const CONTACT_CONFLICT_MESSAGE = 'This contact changed elsewhere — reloaded';

export function ContactPage() {
  const { id = '' } = useParams();
  const contact = useContact(id);
  const [notice, setNotice] = useState<string | null>(null);
  const detailsId = useId();
  const outreachId = useId();
  const timelineId = useId();

  if (contact.isPending) return <PageLoading />;
  if (contact.isError) {
    return (
      <div className="contact-page">
        <Link to="/contacts">← Contacts</Link>
        <Banner>
          {isApiError(contact.error, 404) || isApiError(contact.error, 400)
            ? 'This contact does not exist (any more).'
            : errorMessage(contact.error)}{' '}
          {!isApiError(contact.error, 404) && !isApiError(contact.error, 400) ? (
            <button type="button" className="link-button" onClick={() => void contact.refetch()}>
              Retry
            </button>
          ) : null}
        </Banner>
      </div>
    );
  }
  const data = contact.data;
  return (
    <div className="contact-page">
      <Link to="/contacts">← Contacts</Link>
      <div className="page-header">
        <h1>{data.name}</h1>
        <p className="muted">
          {[data.title, data.companyName].filter(Boolean).join(' at ') || CONTACT_KIND_LABELS[data.kind]}
        </p>
        {data.linkedinUrl ? (
          <a href={data.linkedinUrl} target="_blank" rel="noreferrer noopener">
            LinkedIn profile
          </a>
        ) : null}
      </div>
      {notice ? <Banner tone="info">{notice}</Banner> : null}
      <div className="contact-layout">
        <section className="panel" aria-labelledby={detailsId}>
          <h2 id={detailsId}>Details</h2>
          <ContactEditForm
            key={`${data.id}:${data.version}`}
            contact={data}
            onConflict={() => setNotice(CONTACT_CONFLICT_MESSAGE)}
          />
        </section>
        <div className="contact-side">
          <ContactFollowUps contactId={data.id} name={data.name} />
          <section className="panel" aria-labelledby={outreachId}>
            <h2 id={outreachId}>Log outreach</h2>
            <OutreachActions contactId={data.id} name={data.name} />
          </section>
          <section className="panel" aria-labelledby={timelineId}>
            <h2 id={timelineId}>Timeline</h2>
            <ContactTimeline timeline={data.timeline} />
          </section>
          <DeleteContact id={data.id} name={data.name} />
        </div>
      </div>
    </div>
  );
}

function DeleteContact({ id, name }: { id: string; name: string }) {
  const remove = useDeleteContact();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <ConfirmDelete
      triggerLabel="Delete contact"
      keepLabel="Keep"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(id, {
          onSuccess: () => {
            toast(`Deleted ${name}.`, 'success');
            void navigate('/contacts', { replace: true });
          },
          onError: (error) => toast(`Couldn't delete ${name}. ${errorMessage(error)}`, 'error'),
        })
      }
    >
      Delete <strong>{name}</strong>, their outreach log and referrals? This cannot be undone.
    </ConfirmDelete>
  );
}
