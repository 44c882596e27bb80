import { CHANNELS, type Channel } from '@offerpath/domain';

/** Date-range presets; 'custom' uses the from/to dates in the URL. */
export const RANGE_PRESETS = ['30d', '90d', 'year', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type RangeChoice = RangePreset | 'custom';

export const RANGE_LABELS: Record<RangeChoice, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  year: 'This year',
  all: 'All time',
  custom: 'Custom dates',
};

/** What the Stats page shows, as kept in the URL (?range=30d&channel=referral, or ?range=custom&from=…&to=…). */
export interface StatsFilters {
  range: RangeChoice;
  /** Only for 'custom': 'YYYY-MM-DD' or '' while not chosen yet. */
  from: string;
  to: string;
  channel: Channel | '';
}

/** The query the API gets; an absent bound is open-ended. */
export interface StatsQuery {
  from?: string;
  to?: string;
  channel?: Channel;
}

export const DEFAULT_RANGE: RangePreset = 'all';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isChannel(value: string | null): value is Channel {
  return value !== null && (CHANNELS as readonly string[]).includes(value);
}

function isRangeChoice(value: string | null): value is RangeChoice {
  return value === 'custom' || (RANGE_PRESETS as readonly (string | null)[]).includes(value);
}

/** Unknown or malformed values fall back to the defaults instead of breaking the page. */
export function readFilters(params: URLSearchParams): StatsFilters {
  const range = params.get('range');
  const channel = params.get('channel');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = range === 'custom' || (range === null && (from !== '' || to !== ''));
  return {
    range: custom ? 'custom' : isRangeChoice(range) ? range : DEFAULT_RANGE,
    from: custom && isDay(from) ? from : '',
    to: custom && isDay(to) ? to : '',
    channel: isChannel(channel) ? channel : '',
  };
}

/** Writes the filters into `params` (other params are kept); defaults are left out of the URL. */
export function writeFilters(params: URLSearchParams, filters: StatsFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['range', 'from', 'to', 'channel']) next.delete(key);
  if (filters.range !== DEFAULT_RANGE) next.set('range', filters.range);
  if (filters.range === 'custom') {
    if (filters.from) next.set('from', filters.from);
    if (filters.to) next.set('to', filters.to);
  }
  if (filters.channel) next.set('channel', filters.channel);
  return next;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

function daysBefore(today: Date, days: number): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  return localDay(date);
}

/** A problem with the custom dates, said for people; null when the filters can be asked for. */
export function rangeProblem(filters: StatsFilters): string | null {
  if (filters.range !== 'custom') return null;
  if (filters.from && filters.to && filters.from > filters.to) return 'The start date must be on or before the end date.';
  return null;
}

/** The API query for the filters, with presets resolved against `today` (the user's calendar day). */
export function toQuery(filters: StatsFilters, today: Date = new Date()): StatsQuery {
  const query: StatsQuery = {};
  switch (filters.range) {
    case '30d':
      query.from = daysBefore(today, 29);
      query.to = localDay(today);
      break;
    case '90d':
      query.from = daysBefore(today, 89);
      query.to = localDay(today);
      break;
    case 'year':
      query.from = `${today.getFullYear()}-01-01`;
      query.to = localDay(today);
      break;
    case 'custom':
      if (filters.from) query.from = filters.from;
      if (filters.to) query.to = filters.to;
      break;
    case 'all':
      break;
  }
  if (filters.channel) query.channel = filters.channel;
  return query;
}

/** Whether anything narrows the data (so "no data" may mean "nothing in this range", not "nothing yet"). */
export function isNarrowed(filters: StatsFilters): boolean {
  return filters.range !== 'all' || filters.channel !== '';
}

/** The query as a URL search string, for the SankeyMATIC download link. */
export function queryString(query: StatsQuery): string {
  const params = new URLSearchParams();
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.channel) params.set('channel', query.channel);
  const text = params.toString();
  return text ? `?${text}` : '';
}
