import { MemorySampleStore, type SampleStore } from '../analysis';

/**
 * The browser build's stand-in for src/node/fileSampleStore.ts (scripts/build.mjs): a web
 * extension host has no files of its own, so the index keeps its samples in memory.
 */
export function sampleStoreIn(_folder: string | undefined): SampleStore {
  return new MemorySampleStore();
}
