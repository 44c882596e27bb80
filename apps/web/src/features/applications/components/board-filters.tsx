import { CHANNELS, CHANNEL_LABELS, LIMITS, type Channel } from '@offerpath/domain';
import { isFiltering, NO_FILTER, type BoardFilter } from '../lib/board-filter';

interface BoardFiltersProps {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}

export function BoardFilters({ filter, onChange }: BoardFiltersProps) {
  const toggle = (channel: Channel) =>
    onChange({
      ...filter,
      channels: filter.channels.includes(channel)
        ? filter.channels.filter((item) => item !== channel)
        : [...filter.channels, channel],
    });

  return (
    <div className="board-filters">
      <div className="chips" role="group" aria-label="Show channels">
        {CHANNELS.map((channel) => (
          <button
            key={channel}
            type="button"
            className="chip"
            data-channel={channel}
            aria-pressed={filter.channels.includes(channel)}
            onClick={() => toggle(channel)}
          >
            <span className="chip-dot" aria-hidden="true" />
            {CHANNEL_LABELS[channel]}
          </button>
        ))}
      </div>
      <input
        type="search"
        className="filter-search"
        aria-label="Search the board"
        placeholder="Search the board…"
        value={filter.text}
        maxLength={LIMITS.searchMax}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      {isFiltering(filter) ? (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
