import { describe, expect, it } from 'vitest';
import { makeApplication, makeBoard } from '../../../test/factories';
import { findCard, insertCard, moveCard, removeCard } from './board-cache';
import { dropPosition } from './drop-position';

const a = makeApplication({ companyName: 'A', stage: 'applied' });
const b = makeApplication({ companyName: 'B', stage: 'applied' });
const c = makeApplication({ companyName: 'C', stage: 'applied' });
const d = makeApplication({ companyName: 'D', stage: 'onsite', stageChangedAt: '2025-01-01T00:00:00.000Z' });
const board = makeBoard([a, b, c, d]);
const ids = (stage: string, value = board) =>
  value.columns.find((column) => column.stage === stage)?.applications.map((card) => card.companyName);

describe('board cache edits', () => {
  it('moves a card within its column to an index counted without it', () => {
    expect(ids('applied', moveCard(board, a.id, 'applied', 2))).toEqual(['B', 'C', 'A']);
    expect(ids('applied', moveCard(board, c.id, 'applied', 0))).toEqual(['C', 'A', 'B']);
  });

  it('moves a card across columns, resetting its days in stage and remembering the last open stage', () => {
    const now = new Date('2025-06-01T12:00:00.000Z');
    const moved = moveCard(board, d.id, 'rejected', 0, now);
    expect(ids('onsite', moved)).toEqual([]);
    expect(findCard(moved, d.id)).toMatchObject({
      stage: 'rejected',
      index: 0,
      card: { stage: 'rejected', lastOpenStage: 'onsite', stageChangedAt: now.toISOString() },
    });
  });

  it('inserts on top and removes', () => {
    const e = makeApplication({ companyName: 'E', stage: 'applied' });
    expect(ids('applied', insertCard(board, e))).toEqual(['E', 'A', 'B', 'C']);
    expect(ids('applied', removeCard(board, b.id))).toEqual(['A', 'C']);
  });
});

describe('dropPosition', () => {
  it('is the index in the full column without the moved card', () => {
    expect(dropPosition(board, 'applied', [b, a, c], a.id)).toBe(1);
    expect(dropPosition(board, 'onsite', [a, d], a.id)).toBe(0);
    expect(dropPosition(board, 'onsite', [d, a], a.id)).toBe(1);
    expect(dropPosition(board, 'offer', [a], a.id)).toBe(0);
  });

  it('keeps hidden (filtered out) cards in place', () => {
    // Only A and C are visible; A is dropped after C: it goes right after C in the full column.
    expect(dropPosition(board, 'applied', [c, a], a.id)).toBe(2);
    // C dropped before A: before A in the full column.
    expect(dropPosition(board, 'applied', [c, a], c.id)).toBe(0);
  });
});
