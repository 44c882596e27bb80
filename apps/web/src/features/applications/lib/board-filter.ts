import type { ApplicationDto, BoardDto } from '@offerpath/api-client';
import { STAGES, type Channel, type Stage } from '@offerpath/domain';

export interface BoardFilter {
  /** Channels to show; empty shows all. */
  channels: readonly Channel[];
  /** Matched against company and role, case-insensitively. */
  text: string;
}

export const NO_FILTER: BoardFilter = { channels: [], text: '' };

export type BoardColumns = Record<Stage, ApplicationDto[]>;

export function isFiltering(filter: BoardFilter): boolean {
  return filter.channels.length > 0 || filter.text.trim() !== '';
}

export function matchesFilter(card: ApplicationDto, filter: BoardFilter): boolean {
  if (filter.channels.length > 0 && !filter.channels.includes(card.channel)) return false;
  const needle = filter.text.trim().toLowerCase();
  if (!needle) return true;
  return `${card.companyName} ${card.roleTitle}`.toLowerCase().includes(needle);
}

/** The board's cards by stage, in board order, keeping only those the filter lets through. */
export function visibleColumns(board: BoardDto, filter: BoardFilter): BoardColumns {
  const columns = Object.fromEntries(STAGES.map((stage) => [stage, [] as ApplicationDto[]])) as BoardColumns;
  for (const column of board.columns) {
    columns[column.stage] = column.applications.filter((card) => matchesFilter(card, filter));
  }
  return columns;
}
