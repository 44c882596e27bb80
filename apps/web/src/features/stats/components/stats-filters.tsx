import { CHANNELS, CHANNEL_LABELS, type Channel } from '@offerpath/domain';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { RANGE_LABELS, RANGE_PRESETS, rangeProblem, toQuery, type RangeChoice, type StatsFilters } from '../lib/stats-filters';

interface StatsFiltersProps {
  filters: StatsFilters;
  onChange: (filters: StatsFilters) => void;
}

const RANGE_CHOICES: readonly RangeChoice[] = [...RANGE_PRESETS, 'custom'];
const CHANNEL_CHOICES: readonly (Channel | '')[] = ['', ...CHANNELS];

/** Period (a preset or custom dates) and channel; the page keeps them in the URL. */
export function StatsFiltersBar({ filters, onChange }: StatsFiltersProps) {
  const chooseRange = (range: RangeChoice) => {
    if (range !== 'custom') {
      onChange({ ...filters, range, from: '', to: '' });
      return;
    }
    // Start the custom dates from the period on screen, so switching does not jump.
    const current = toQuery(filters);
    onChange({ ...filters, range, from: current.from ?? '', to: current.to ?? '' });
  };
  const problem = rangeProblem(filters);

  return (
    <div className="stats-filters" role="group" aria-label="Filters">
      <SelectField label="Period" value={filters.range} options={RANGE_CHOICES} optionLabel={(choice) => RANGE_LABELS[choice]} onChange={chooseRange} />
      {filters.range === 'custom' ? (
        <>
          <TextField type="date" label="From" value={filters.from} max={filters.to || undefined} onChange={(from) => onChange({ ...filters, from })} />
          <TextField
            type="date"
            label="To"
            value={filters.to}
            min={filters.from || undefined}
            error={problem ?? undefined}
            onChange={(to) => onChange({ ...filters, to })}
          />
        </>
      ) : null}
      <SelectField
        label="Channel"
        value={filters.channel}
        options={CHANNEL_CHOICES}
        optionLabel={(channel) => (channel === '' ? 'All channels' : CHANNEL_LABELS[channel])}
        onChange={(channel) => onChange({ ...filters, channel })}
      />
    </div>
  );
}
