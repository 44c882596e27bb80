import { POSITION_STEP, positionBetween } from './ordering.js';

describe('positionBetween', () => {
  it('starts an empty column at one step', () => {
    expect(positionBetween(null, null)).toBe(POSITION_STEP);
  });
  it('goes before the first and after the last card', () => {
    expect(positionBetween(null, 100)).toBe(100 - POSITION_STEP);
    expect(positionBetween(100, null)).toBe(100 + POSITION_STEP);
  });
  it('splits the gap between neighbours', () => {
    expect(positionBetween(100, 200)).toBe(150);
  });
  it('asks for a renumber when the gap is exhausted', () => {
    expect(positionBetween(1, 1 + 1e-9)).toBeNull();
    expect(positionBetween(5, 5)).toBeNull();
  });
});
