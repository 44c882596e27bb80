import { OPEN_STAGES } from '@offerpath/domain';

/** Column outlines while the board loads, so the page does not jump when it arrives. */
export function BoardSkeleton() {
  return (
    <div className="board-columns" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading your board…
      </p>
      {OPEN_STAGES.map((stage, index) => (
        <div key={stage} className="column skeleton-column" aria-hidden="true">
          <div className="skeleton skeleton-title" />
          {Array.from({ length: 3 - (index % 3) }, (_, card) => (
            <div key={card} className="skeleton skeleton-card" />
          ))}
        </div>
      ))}
    </div>
  );
}
