import { useId, useState } from 'react';
import { Banner } from '../../../components/ui/banner';
import { ConfirmDelete } from '../../../components/ui/confirm-delete';
import { Drawer } from '../../../components/ui/drawer';
import { useToast } from '../../../components/ui/toast';
import { errorMessage, isApiError } from '../../../lib/api';
import { useDeleteApplication } from '../api/delete-application';
import { useApplication } from '../api/get-application';
import { useApplicationReferrals } from '../api/get-application-referrals';
import { ApplicationEditForm } from './application-edit-form';
import { PeopleList } from './people-list';
import { ReferralPanel } from './referral-panel';
import { StageHistory } from './stage-history';

export const CONFLICT_MESSAGE = 'This application changed elsewhere — reloaded';

interface ApplicationDrawerProps {
  id: string;
  onClose: () => void;
}

export function ApplicationDrawer({ id, onClose }: ApplicationDrawerProps) {
  const detail = useApplication(id);
  const [notice, setNotice] = useState<string | null>(null);
  const historyHeadingId = useId();
  const peopleHeadingId = useId();
  const referralsHeadingId = useId();
  const referrals = useApplicationReferrals(id);
  const application = detail.data;
  const title = application ? `${application.companyName} — ${application.roleTitle}` : 'Application';

  return (
    <Drawer
      title={title}
      onClose={onClose}
      fallbackFocus={() => document.querySelector<HTMLElement>(`[data-testid="card"][data-id="${id}"]`)}
    >
      {notice ? <Banner tone="info">{notice}</Banner> : null}
      {detail.isPending ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : detail.isError ? (
        <Banner>
          {isApiError(detail.error, 404) ? 'This application no longer exists.' : errorMessage(detail.error)}{' '}
          {!isApiError(detail.error, 404) ? (
            <button type="button" className="link-button" onClick={() => void detail.refetch()}>
              Retry
            </button>
          ) : null}
        </Banner>
      ) : (
        <>
          <ApplicationEditForm
            key={`${detail.data.id}:${detail.data.version}`}
            application={detail.data}
            onConflict={() => setNotice(CONFLICT_MESSAGE)}
          />
          <section className="drawer-section" aria-labelledby={peopleHeadingId}>
            <h3 id={peopleHeadingId}>People you know here</h3>
            <PeopleList applicationId={id} companyName={detail.data.companyName} referrals={referrals.data?.items} />
          </section>
          <section className="drawer-section" aria-labelledby={referralsHeadingId}>
            <h3 id={referralsHeadingId}>Referrals</h3>
            {referrals.data ? (
              <ReferralPanel applicationId={id} referrals={referrals.data.items} />
            ) : referrals.isError ? (
              <Banner>
                Couldn't load the referrals. {errorMessage(referrals.error)}{' '}
                <button type="button" className="link-button" onClick={() => void referrals.refetch()}>
                  Retry
                </button>
              </Banner>
            ) : (
              <p className="muted" role="status">
                Loading referrals…
              </p>
            )}
          </section>
          <section className="drawer-section" aria-labelledby={historyHeadingId}>
            <h3 id={historyHeadingId}>Stage history</h3>
            <StageHistory history={detail.data.history} />
          </section>
          <DeleteSection id={detail.data.id} name={detail.data.companyName} onDeleted={onClose} />
        </>
      )}
    </Drawer>
  );
}

function DeleteSection({ id, name, onDeleted }: { id: string; name: string; onDeleted: () => void }) {
  const remove = useDeleteApplication();
  const toast = useToast();
  return (
    <ConfirmDelete
      className="drawer-section"
      triggerLabel="Delete application"
      keepLabel="Keep it"
      pending={remove.isPending}
      onConfirm={() =>
        remove.mutate(id, {
          onSuccess: () => {
            toast(`Deleted ${name}.`, 'success');
            onDeleted();
          },
          onError: (error) => toast(`Couldn't delete ${name}. ${errorMessage(error)}`, 'error'),
        })
      }
    >
      Delete <strong>{name}</strong> and its history? This cannot be undone.
    </ConfirmDelete>
  );
}
