/**
 * Sibling versions: files that are versions of one piece of copy (one wire story as run by two
 * outlets, an update, a cut). Pure and synchronous per document, so the extension can run it in
 * slices or in a worker: `fingerprint` each text once, keep the records in a `SiblingIndex`
 * (saved with indexStore.ts), ask it for `siblingsOf` a file, and `compareVersions` of two texts
 * for what changed between them.
 */
export {
  FINGERPRINT_VERSION,
  SIBLING_RULE,
  compareFingerprints,
  fingerprint,
  fingerprintParts,
  isSibling,
  sampleOf,
  viewOf,
  type DocumentFingerprint,
  type FingerprintParts,
  type SiblingRule,
  type SiblingScore,
} from './fingerprint';
export { SiblingIndex, groupSiblings, groupVersions, type SiblingMatch, type SiblingPair, type SiblingRelation } from './siblingIndex';
export { RELATION_RULE, judge, type Relation, type RelationEvidence, type RelationRule } from './relation';
export { LINEAGE_RULE, folderOf, keptInFolder, type LineageRule } from './lineage';
export { compareVersions, type ParagraphMatch, type RewordedParagraph, type VersionDiff } from './compare';
export { normalizeForComparison, normalizeWords, type NormalizedParagraph, type NormalizedText, type NormalizedWord } from './normalize';
export type { StoryHeader } from './header';
export type { PersonChange, PersonSide } from './people';
export { quotesInCommon, type QuoteChange, type QuoteChanges, type QuoteSide } from './quotes';
export type { WordChange } from './wordDiff';
export { findQuoteIn, quotationAt, type QuoteSighting } from './quoteTrail';
