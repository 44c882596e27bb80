/** Chart outlines while the numbers load, so the page does not jump when they arrive. */
export function StatsSkeleton() {
  return (
    <div className="stats-grid" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading your stats…
      </p>
      {['wide', 'wide', 'narrow', 'narrow', 'wide'].map((size, index) => (
        <div key={index} className={`chart-card skeleton-chart${size === 'wide' ? ' chart-wide' : ''}`} aria-hidden="true">
          <div className="skeleton skeleton-title" />
          <div className="skeleton skeleton-plot" />
        </div>
      ))}
    </div>
  );
}
