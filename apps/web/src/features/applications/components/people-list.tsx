import type { PersonDto, ReferralDto } from '@offerpath/api-client';
import { CONTACT_KIND_LABELS, REFERRAL_STATUS_LABELS } from '@offerpath/domain';
import { Link } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { formatDay, today } from '../../../lib/dates';
import { useCreateReferral } from '../api/create-referral';
import { useApplicationPeople } from '../api/get-application-people';
import { useMessageRecruiter } from '../api/message-recruiter';

interface PeopleListProps {
  applicationId: string;
  companyName: string;
  /** The application's referrals, to show who is already asked instead of asking twice. */
  referrals: ReferralDto[] | undefined;
}

/** Your contacts at the company, best bets first, each with the one action that fits them. */
export function PeopleList({ applicationId, companyName, referrals }: PeopleListProps) {
  const people = useApplicationPeople(applicationId);
  if (people.isPending) {
    return (
      <p className="muted" role="status">
        Looking for people you know…
      </p>
    );
  }
  if (people.isError) {
    return (
      <Banner>
        {errorMessage(people.error)}{' '}
        <button type="button" className="link-button" onClick={() => void people.refetch()}>
          Retry
        </button>
      </Banner>
    );
  }
  if (people.data.items.length === 0) {
    return (
      <p className="muted">
        None of your contacts work at {companyName}. <Link to="/contacts/import">Import your LinkedIn connections</Link>{' '}
        to find some.
      </p>
    );
  }
  return (
    <ul className="people-list" aria-label={`People you know at ${companyName}`}>
      {people.data.items.map((person) => (
        <Person
          key={person.id}
          person={person}
          applicationId={applicationId}
          referral={referrals?.find((referral) => referral.contactId === person.id)}
        />
      ))}
    </ul>
  );
}

interface PersonProps {
  person: PersonDto;
  applicationId: string;
  referral: ReferralDto | undefined;
}

function Person({ person, applicationId, referral }: PersonProps) {
  const createReferral = useCreateReferral();
  const message = useMessageRecruiter();
  const toast = useToast();
  const busy = createReferral.isPending || message.isPending;

  const askForReferral = () =>
    createReferral.mutate(
      { applicationId, contactId: person.id, status: 'to_ask' },
      {
        onSuccess: () => toast(`Added a referral to ask ${person.name} for.`, 'success'),
        onError: (error) =>
          toast(
            isApiError(error, 409) ? `${person.name} already has a referral for this application.` : errorMessage(error),
            'error',
          ),
      },
    );

  const messageRecruiter = () =>
    message.mutate(
      { contactId: person.id, applicationId, occurredOn: today() },
      {
        onSuccess: () => toast(`Logged a message to ${person.name}.`, 'success'),
        onError: (error) => toast(`Couldn't log the message. ${errorMessage(error)}`, 'error'),
      },
    );

  return (
    <li className="person" data-testid="person">
      <span>
        <Link to={`/contacts/${person.id}`} className="person-name">
          {person.name}
        </Link>{' '}
        <span className="kind-badge" data-kind={person.kind}>
          {CONTACT_KIND_LABELS[person.kind]}
        </span>
        <span className="person-meta">
          {person.title ?? 'No title'}
          {person.lastContactedAt ? ` · last contacted ${formatDay(person.lastContactedAt)}` : ''}
        </span>
      </span>
      {referral ? (
        <span className="muted">Referral: {REFERRAL_STATUS_LABELS[referral.status]}</span>
      ) : person.suggestedAction === 'message_recruiter' ? (
        <button type="button" className="button button-small" disabled={busy} onClick={messageRecruiter}>
          Message recruiter
        </button>
      ) : (
        <button type="button" className="button button-small" disabled={busy} onClick={askForReferral}>
          Ask for referral
        </button>
      )}
    </li>
  );
}
