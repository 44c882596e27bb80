import type { ApplicationDetailDto, ApplicationDto, BoardDto, components } from '@offerpath/api-client';
import { lastOpenStageAfter, type Stage } from '@offerpath/domain';

/** Pure edits of the cached board, used for optimistic updates. Columns keep their order. */

/** An application as the board shows it: with its next pending follow-up. */
export type BoardCard = components['schemas']['BoardCardDto'];

export interface CardLocation {
  card: BoardCard;
  stage: Stage;
  index: number;
}

export function toCard(detail: ApplicationDetailDto): ApplicationDto {
  const { history: _history, ...card } = detail;
  return card;
}

export function findCard(board: BoardDto, id: string): CardLocation | undefined {
  for (const column of board.columns) {
    const index = column.applications.findIndex((card) => card.id === id);
    if (index !== -1) return { card: column.applications[index], stage: column.stage, index };
  }
  return undefined;
}

export function removeCard(board: BoardDto, id: string): BoardDto {
  if (!findCard(board, id)) return board;
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.applications.some((card) => card.id === id)
        ? { ...column, applications: column.applications.filter((card) => card.id !== id) }
        : column,
    ),
  };
}

/**
 * Puts `card` into the column of its stage at `index` (0 = top), replacing any copy of it. A card
 * without its follow-up (an application from another endpoint) keeps the one the board had.
 */
export function insertCard(board: BoardDto, application: ApplicationDto | BoardCard, index = 0): BoardDto {
  const card: BoardCard =
    'nextFollowUp' in application
      ? application
      : { ...application, nextFollowUp: findCard(board, application.id)?.card.nextFollowUp ?? null };
  const without = removeCard(board, card.id);
  return {
    ...without,
    columns: without.columns.map((column) => {
      if (column.stage !== card.stage) return column;
      const applications = [...column.applications];
      applications.splice(Math.max(0, Math.min(index, applications.length)), 0, card);
      return { ...column, applications };
    }),
  };
}

/** Swaps in a fresh copy of a card: in place when its stage is unchanged, else on top of its new column. */
export function replaceCard(board: BoardDto, card: ApplicationDto | BoardCard): BoardDto {
  const found = findCard(board, card.id);
  return insertCard(board, card, found && found.stage === card.stage ? found.index : 0);
}

/** What the server will do for a move: the card lands at `index` of the `stage` column. */
export function moveCard(board: BoardDto, id: string, stage: Stage, index: number, now = new Date()): BoardDto {
  const found = findCard(board, id);
  if (!found) return board;
  const moved: BoardCard =
    found.stage === stage
      ? found.card
      : {
          ...found.card,
          stage,
          lastOpenStage: lastOpenStageAfter(found.stage, stage, found.card.lastOpenStage),
          stageChangedAt: now.toISOString(),
        };
  return insertCard(board, moved, index);
}

export function countCards(board: BoardDto): number {
  return board.columns.reduce((sum, column) => sum + column.applications.length, 0);
}
