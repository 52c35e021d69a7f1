import type { Parameters } from 'fast-check';

/**
 * Options for every fast-check property in the unit tests: a pinned seed, so a run is the same
 * on every machine and a failure is reproduced by running again. Set SOURCELENS_FC_SEED to
 * explore other inputs; the seed in use is part of any failure message.
 */
export function propertyOptions<T>(numRuns: number, seed = seedFromEnvironment()): Parameters<T> {
  return { numRuns, seed };
}

const PINNED_SEED = 20261125;

function seedFromEnvironment(): number {
  const fromEnvironment = Number.parseInt(process.env.SOURCELENS_FC_SEED ?? '', 10);
  return Number.isFinite(fromEnvironment) ? fromEnvironment : PINNED_SEED;
}
