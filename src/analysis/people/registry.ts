import { firstIndex } from '../text/search';
import type { Mention } from '../types';
import type { MentionFacts } from './roles';

/** A person being assembled from their mentions. */
export interface Draft {
  /** The fullest name as written ("Robert F. Kennedy"). */
  name: string;
  nameWords: string[];
  mentions: Mention[];
  facts: MentionFacts[];
  /** Starts of the mentions that name the person in full or with a title, sorted: where they are "in play". */
  anchors: number[];
}

/** Particles that open a surname: "von der Leyen", "da Silva", "bin Salman". */
const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten']);

/** Splits a name into given names and a surname that keeps its particles, in lower case. */
function nameParts(words: readonly string[]): { given: string[]; surname: string } {
  const lower = words.map((word) => word.toLowerCase());
  let split = lower.findIndex((word, i) => i < lower.length - 1 && SURNAME_PARTICLES.has(word));
  if (split < 0) split = lower.length - 1;
  return { given: lower.slice(0, split), surname: lower.slice(split).join(' ') };
}

/** "Robert F. Kennedy" and "Robert Kennedy" are one name, as are "Ursula von der Leyen" and "Von der Leyen"; "John Kennedy" is another. */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  const partsA = nameParts(a);
  const partsB = nameParts(b);
  if (partsA.surname !== partsB.surname) return false;
  if (partsA.given.length === 0 || partsB.given.length === 0) return true;
  const firstA = partsA.given[0];
  const firstB = partsB.given[0];
  return firstA === firstB || (firstA.length === 1 && firstB.startsWith(firstA)) || (firstB.length === 1 && firstA.startsWith(firstB));
}

/** Index of the first element of a sorted array greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  return firstIndex(sorted, (element) => element > value);
}

/**
 * The people of one article while they are resolved, indexed by surname so that linking a
 * reference costs the same in a 10 MB file as in a short one.
 */
export class PeopleRegistry {
  readonly drafts: Draft[] = [];
  private readonly bySurnameKey = new Map<string, Draft[]>();

  create(nameWords: string[], name = ''): Draft {
    const draft: Draft = { name, nameWords, mentions: [], facts: [], anchors: [] };
    this.drafts.push(draft);
    const key = this.key(nameWords[nameWords.length - 1]);
    const list = this.bySurnameKey.get(key);
    if (list) list.push(draft);
    else this.bySurnameKey.set(key, [draft]);
    return draft;
  }

  /** The person already known under this full name, if any. */
  withName(nameWords: readonly string[]): Draft | undefined {
    return this.bySurnameKey.get(this.key(nameWords[nameWords.length - 1]))?.find((draft) => sameName(draft.nameWords, nameWords));
  }

  /** The one person with a full name that starts with this given name ("Daniel" → "Daniel Montalvo"), if only one. */
  withGivenName(given: string): Draft | undefined {
    const key = given.toLowerCase();
    const found = this.drafts.filter((draft) => draft.nameWords.length > 1 && draft.nameWords[0].toLowerCase() === key);
    return found.length === 1 ? found[0] : undefined;
  }

  /** The person with this surname named last before `offset`, or else first after it. */
  withSurname(surname: string, offset: number): Draft | undefined {
    const list = this.bySurnameKey.get(this.key(surname));
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    let best: Draft | undefined;
    let bestBefore = -1;
    let firstAfter = Infinity;
    let after: Draft | undefined;
    for (const draft of list) {
      const index = upperBound(draft.anchors, offset);
      if (index > 0 && draft.anchors[index - 1] > bestBefore) {
        bestBefore = draft.anchors[index - 1];
        best = draft;
      }
      if (index < draft.anchors.length && draft.anchors[index] < firstAfter) {
        firstAfter = draft.anchors[index];
        after = draft;
      }
    }
    return best ?? after ?? list[0];
  }

  /** A mention that names the person (in full, or with a title or honorific). */
  addNamingMention(draft: Draft, mention: Mention, facts: MentionFacts): void {
    draft.mentions.push(mention);
    draft.facts.push(facts);
    const at = upperBound(draft.anchors, mention.start);
    if (at === draft.anchors.length) draft.anchors.push(mention.start);
    else draft.anchors.splice(at, 0, mention.start);
  }

  private key(surname: string): string {
    return surname.toLowerCase();
  }
}
