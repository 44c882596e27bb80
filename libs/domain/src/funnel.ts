import { CHANNELS, CHANNEL_LABELS, type Channel } from './channels.js';
import { CLOSED_STAGES, STAGE_LABELS, type OpenStage, type Stage, isClosedStage, stageRank } from './stages.js';

/**
 * The stages of the funnel: every open stage from applied on. Wishlist is not in it — an
 * application enters the funnel once it ever reached applied or beyond.
 */
export const FUNNEL_STAGES = ['applied', 'recruiter_screen', 'coding_interview', 'system_design', 'onsite', 'offer', 'accepted'] as const satisfies readonly OpenStage[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export function isFunnelStage(value: unknown): value is FunnelStage {
  return typeof value === 'string' && (FUNNEL_STAGES as readonly string[]).includes(value);
}

/**
 * One cell of the histogram the database returns: how many applications of a channel got at
 * most to `reached` (the furthest open stage ever entered in their history), are now in `stage`,
 * and did (or did not) get a reply to outreach linked to them.
 */
export interface FunnelHistogramRow {
  channel: Channel;
  reached: FunnelStage;
  stage: Stage;
  replied: boolean;
  count: number;
}

export type FunnelChannel = Channel | 'all';

export interface FunnelStageCount {
  stage: FunnelStage;
  count: number;
}

export interface FunnelRow {
  channel: FunnelChannel;
  applications: number;
  /** Per funnel stage, in order: applications that ever reached it (or a later stage). */
  counts: FunnelStageCount[];
}

export interface Rate {
  count: number;
  /** count / applications, rounded to 4 decimals; null when there are no applications. */
  rate: number | null;
}

export interface AcceptanceRate {
  count: number;
  /** Offers (applications that reached offer or beyond): the denominator. */
  of: number;
  rate: number | null;
}

export interface ChannelRates {
  channel: FunnelChannel;
  applications: number;
  response: Rate;
  interview: Rate;
  offer: Rate;
  acceptance: AcceptanceRate;
}

export interface SankeyFlow {
  source: string;
  target: string;
  value: number;
}

/** numerator / denominator rounded to 4 decimals, or null for an empty denominator. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}

const reachedAtLeast = (row: FunnelHistogramRow, stage: FunnelStage) => stageRank(row.reached) >= stageRank(stage);
const sum = (rows: readonly FunnelHistogramRow[], keep: (row: FunnelHistogramRow) => boolean = () => true) =>
  rows.reduce((n, row) => (keep(row) ? n + row.count : n), 0);

/** 'all' first, then each channel that has applications, in CHANNELS order. */
function groups(rows: readonly FunnelHistogramRow[]): Array<{ channel: FunnelChannel; rows: FunnelHistogramRow[] }> {
  const perChannel = CHANNELS.map((channel) => ({ channel, rows: rows.filter((row) => row.channel === channel) })).filter((g) => sum(g.rows) > 0);
  return [{ channel: 'all', rows: [...rows] }, ...perChannel];
}

/** An application's history as the stages it entered, oldest first (the last is the current one). */
export interface ApplicationHistory {
  channel: Channel;
  stages: readonly Stage[];
  /** Got a `replied` outreach linked to it. */
  replied?: boolean;
}

/**
 * The furthest open stage ever entered: a move backwards does not un-reach a stage, and closing
 * keeps what was reached. Null while it never got past wishlist (not in the funnel).
 */
export function furthestReached(stages: readonly Stage[]): FunnelStage | null {
  let best: FunnelStage | null = null;
  for (const stage of stages) {
    if (isFunnelStage(stage) && (best === null || stageRank(stage) > stageRank(best))) best = stage;
  }
  return best;
}

/** What the database computes, in TypeScript: the histogram of a list of histories (for tests and checks). */
export function funnelHistogram(histories: readonly ApplicationHistory[]): FunnelHistogramRow[] {
  const cells = new Map<string, FunnelHistogramRow>();
  for (const history of histories) {
    const reached = furthestReached(history.stages);
    const stage = history.stages.at(-1);
    if (reached === null || stage === undefined) continue;
    const replied = history.replied ?? false;
    const key = `${history.channel}|${reached}|${stage}|${replied}`;
    const cell = cells.get(key);
    if (cell) cell.count += 1;
    else cells.set(key, { channel: history.channel, reached, stage, replied, count: 1 });
  }
  return [...cells.values()];
}

/** Cumulative counts per stage, overall and per channel. */
export function funnelRows(rows: readonly FunnelHistogramRow[]): FunnelRow[] {
  return groups(rows).map((group) => ({
    channel: group.channel,
    applications: sum(group.rows),
    counts: FUNNEL_STAGES.map((stage) => ({ stage, count: sum(group.rows, (row) => reachedAtLeast(row, stage)) })),
  }));
}

/**
 * Rates over the applications of each group: response = reached recruiter screen or beyond, or
 * got a reply to linked outreach; interview = reached a coding interview or beyond; offer =
 * reached offer or beyond; acceptance = accepted / offers.
 */
export function channelRates(rows: readonly FunnelHistogramRow[]): ChannelRates[] {
  return groups(rows).map((group) => {
    const applications = sum(group.rows);
    const rate = (count: number): Rate => ({ count, rate: ratio(count, applications) });
    const offers = sum(group.rows, (row) => reachedAtLeast(row, 'offer'));
    const accepted = sum(group.rows, (row) => reachedAtLeast(row, 'accepted'));
    return {
      channel: group.channel,
      applications,
      response: rate(sum(group.rows, (row) => row.replied || reachedAtLeast(row, 'recruiter_screen'))),
      interview: rate(sum(group.rows, (row) => reachedAtLeast(row, 'coding_interview'))),
      offer: rate(offers),
      acceptance: { count: accepted, of: offers, rate: ratio(accepted, offers) },
    };
  });
}

/** Where an application that stopped at `reached` (and is now in `stage`) ends in the Sankey. */
export const SANKEY_NO_RESPONSE = 'No response yet';
export const SANKEY_IN_PROGRESS = 'In progress';

function outcomeNode(reached: FunnelStage, stage: Stage): string | null {
  if (isClosedStage(stage)) return STAGE_LABELS[stage];
  if (reached === 'accepted' && stage === 'accepted') return null; // the end of the road
  return reached === 'applied' ? SANKEY_NO_RESPONSE : SANKEY_IN_PROGRESS;
}

/**
 * The whole search as Sankey flows: channel → Applied → each next stage reached, and from the
 * furthest stage each application reached to its outcome (Rejected, Withdrawn, Ghosted, or still
 * open: "No response yet" after Applied, "In progress" later; Accepted is an end). In and out
 * balance at every stage node. Zero flows are left out.
 */
export function sankeyFlows(rows: readonly FunnelHistogramRow[]): SankeyFlow[] {
  const flows: SankeyFlow[] = [];
  const add = (source: string, target: string, value: number) => {
    if (value > 0) flows.push({ source, target, value });
  };
  for (const channel of CHANNELS) add(CHANNEL_LABELS[channel], STAGE_LABELS.applied, sum(rows, (row) => row.channel === channel));
  const outcomes = [...CLOSED_STAGES.map((stage) => STAGE_LABELS[stage]), SANKEY_NO_RESPONSE, SANKEY_IN_PROGRESS];
  FUNNEL_STAGES.forEach((stage, i) => {
    const next = FUNNEL_STAGES[i + 1];
    if (next) add(STAGE_LABELS[stage], STAGE_LABELS[next], sum(rows, (row) => reachedAtLeast(row, next)));
    const stopped = rows.filter((row) => row.reached === stage);
    for (const outcome of outcomes) add(STAGE_LABELS[stage], outcome, sum(stopped, (row) => outcomeNode(stage, row.stage) === outcome));
  });
  return flows;
}

/**
 * A node name SankeyMATIC reads as that name: no brackets (an [Amount]), no '#' (a #Color), not
 * starting with ':' (a node definition) or '//' (a comment), on one line.
 */
export function sankeyNodeName(name: string): string {
  const cleaned = name
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/#/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[:/\s]+/, '')
    .trim();
  return cleaned === '' ? '-' : cleaned;
}

/** SankeyMATIC input: one `Source [N] Target` line per non-zero flow. */
export function toSankeyMatic(flows: readonly SankeyFlow[]): string {
  return flows
    .filter((flow) => Number.isFinite(flow.value) && flow.value > 0)
    .map((flow) => `${sankeyNodeName(flow.source)} [${flow.value}] ${sankeyNodeName(flow.target)}\n`)
    .join('');
}
