import type { ReferralDto } from '@offerpath/api-client';
import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS, allowedReferralTransitions, type ReferralStatus } from '@offerpath/domain';
import { Link } from 'react-router';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useTransitionReferral } from '../api/transition-referral';

const OUTCOMES: readonly ReferralStatus[] = ['declined', 'no_response'];

/** "Mark Agreed" for a step forward or an outcome; "Back to Asked" for a correction. */
export function transitionLabel(from: ReferralStatus, to: ReferralStatus): string {
  const backwards = OUTCOMES.includes(from)
    ? !OUTCOMES.includes(to)
    : !OUTCOMES.includes(to) && REFERRAL_STATUSES.indexOf(to) < REFERRAL_STATUSES.indexOf(from);
  return `${backwards ? 'Back to' : 'Mark'} ${REFERRAL_STATUS_LABELS[to]}`;
}

interface ReferralPanelProps {
  applicationId: string;
  referrals: ReferralDto[];
}

export function ReferralPanel({ applicationId, referrals }: ReferralPanelProps) {
  if (referrals.length === 0) {
    return <p className="muted">No referrals yet. Ask someone from the list above.</p>;
  }
  return (
    <ul className="referral-list" aria-label="Referrals">
      {referrals.map((referral) => (
        <ReferralItem key={referral.id} applicationId={applicationId} referral={referral} />
      ))}
    </ul>
  );
}

function ReferralItem({ applicationId, referral }: { applicationId: string; referral: ReferralDto }) {
  const transition = useTransitionReferral();
  const toast = useToast();
  const since = referral.steps[referral.status];
  return (
    <li className="referral" data-testid="referral" data-status={referral.status}>
      <span>
        <Link to={`/contacts/${referral.contactId}`} className="person-name">
          {referral.contactName}
        </Link>
        <span className="person-meta">
          {REFERRAL_STATUS_LABELS[referral.status]}
          {since ? ` since ${formatDay(since)}` : ''}
        </span>
      </span>
      <span className="chips" role="group" aria-label={`Move ${referral.contactName}'s referral`}>
        {allowedReferralTransitions(referral.status).map((to) => (
          <button
            key={to}
            type="button"
            className="button button-small"
            disabled={transition.isPending}
            onClick={() =>
              transition.mutate(
                { id: referral.id, applicationId, body: { status: to, version: referral.version } },
                {
                  onSuccess: () => toast(`${referral.contactName}: ${REFERRAL_STATUS_LABELS[to]}.`, 'success'),
                  onError: (error) =>
                    toast(
                      isApiError(error, 409)
                        ? `${referral.contactName}'s referral changed elsewhere — reloaded.`
                        : `Couldn't update the referral. ${errorMessage(error)}`,
                      'error',
                    ),
                },
              )
            }
          >
            {transitionLabel(referral.status, to)}
          </button>
        ))}
      </span>
    </li>
  );
}
