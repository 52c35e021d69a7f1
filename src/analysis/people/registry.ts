import { firstIndex } from '../text/search';
import type { Mention } from '../types';
import { ARABIC_ARTICLE, foldName, GENERATIONAL_SUFFIX, hasGeneration, sameName, surnameWord } from './names';
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
  /** The genders of the honorifics that named the person by surname so far ("Mrs. Clinton"). */
  honorificGenders?: Set<'male' | 'female'>;
}

/** Index of the first element of a sorted array greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  return firstIndex(sorted, (element) => element > value);
}

/** A given name and a generational suffix, folded: "Donald Jr." → "donald|jr". */
function generationKey([given, suffix]: readonly string[]): string {
  return `${given.toLowerCase()}|${suffix.replace(/\.$/u, '').toLowerCase()}`;
}

/** The drafts `fit` ranks highest. */
function bestFitting(drafts: readonly Draft[], fit: (draft: Draft) => number): Draft[] {
  let best: Draft[] = [];
  let top = -Infinity;
  for (const draft of drafts) {
    const rank = fit(draft);
    if (rank > top) {
      top = rank;
      best = [draft];
    } else if (rank === top) best.push(draft);
  }
  return best;
}

/**
 * The people of one article while they are resolved, indexed by surname so that linking a
 * reference costs the same in a 10 MB file as in a short one.
 */
export class PeopleRegistry {
  readonly drafts: Draft[] = [];
  private readonly bySurnameKey = new Map<string, Draft[]>();
  private readonly keys = new Map<string, string>();
  /** People named with a nickname in marks, by the nickname folded. */
  private readonly byNickname = new Map<string, Draft[]>();
  /** People whose name ends in a generational suffix, by given name and suffix ("donald|jr"), so that "Donald Jr." finds them at once. */
  private readonly byGeneration = new Map<string, Draft[]>();

  private fileGeneration(draft: Draft): void {
    const words = draft.nameWords;
    if (!hasGeneration(words)) return;
    const key = generationKey([words[0], words[words.length - 1]]);
    const list = this.byGeneration.get(key);
    if (!list) this.byGeneration.set(key, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  }

  create(nameWords: string[], name = ''): Draft {
    const draft: Draft = { name, nameWords, mentions: [], facts: [], anchors: [] };
    this.drafts.push(draft);
    this.fileGeneration(draft);
    const key = this.key(surnameWord(nameWords));
    const list = this.bySurnameKey.get(key);
    if (list) list.push(draft);
    else this.bySurnameKey.set(key, [draft]);
    return draft;
  }

  /** Gives the person a fuller name, filed under its surname ("Donald Jr." becomes "Donald Trump Jr."). */
  rename(draft: Draft, nameWords: string[], name: string): void {
    const before = this.key(surnameWord(draft.nameWords));
    const after = this.key(surnameWord(nameWords));
    draft.nameWords = nameWords;
    draft.name = name;
    this.fileGeneration(draft);
    if (before === after) return;
    // A mention without the surname ("His son Donald Jr.") does not put the surname in play: "Mr. Trump" after it is his father.
    const surname = surnameWord(nameWords);
    const named = new Set(draft.mentions.filter((mention) => mention.text.includes(surname)).map((mention) => mention.start));
    draft.anchors = draft.anchors.filter((start) => named.has(start));
    const list = this.bySurnameKey.get(before);
    if (list) list.splice(list.indexOf(draft), 1);
    const target = this.bySurnameKey.get(after);
    if (target) target.push(draft);
    else this.bySurnameKey.set(after, [draft]);
  }

  /** The person already known under this full name, if any. */
  withName(nameWords: readonly string[]): Draft | undefined {
    const found = this.bySurnameKey.get(this.key(surnameWord(nameWords)))?.find((draft) => sameName(draft.nameWords, nameWords));
    if (found || nameWords.length !== 2 || !GENERATIONAL_SUFFIX.test(nameWords[1])) return found;
    // "Donald Jr.": the one person of that given name and that suffix ("Donald Trump Jr.").
    const sons = this.byGeneration.get(generationKey(nameWords))?.filter((draft) => draft.nameWords.length > 2);
    return sons?.length === 1 ? sons[0] : undefined;
  }

  /** A nickname a person was named with in marks ("Ernie" for Ernest "Ernie" Spence): a given name of theirs. */
  addNickname(draft: Draft, nickname: string): void {
    const key = nickname.toLowerCase();
    const list = this.byNickname.get(key);
    if (!list) this.byNickname.set(key, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  }

  /** The one person named with this nickname ("Padre Toto" → Gustavo "Toto" Giménez), if only one. */
  withNickname(nickname: string): Draft | undefined {
    const found = this.byNickname.get(nickname.toLowerCase());
    return found?.length === 1 ? found[0] : undefined;
  }

  /**
   * The one person with a full name that starts with this given name ("Daniel" → "Daniel Montalvo"),
   * or who was named with it as a nickname ("Toto" → Gustavo "Toto" Giménez), if only one.
   */
  withGivenName(given: string): Draft | undefined {
    const key = given.toLowerCase();
    const found = this.drafts.filter((draft) => draft.nameWords.length > 1 && draft.nameWords[0].toLowerCase() === key);
    for (const draft of this.byNickname.get(key) ?? []) if (!found.includes(draft)) found.push(draft);
    return found.length === 1 ? found[0] : undefined;
  }

  /**
   * The person with this surname named last before `offset`, or else first after it. With `fit`, only
   * the people it ranks highest ("Mrs Clinton" is a woman before she is anyone else).
   */
  withSurname(surname: string, offset: number, fit?: (draft: Draft) => number): Draft | undefined {
    const all = this.bySurnameKey.get(this.key(surname));
    if (!all || all.length === 0) return undefined;
    if (all.length === 1) return all[0];
    const list = fit ? bestFitting(all, fit) : all;
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

  /**
   * The one person named in full in three words or more with this word before their last ("Mr Hafiz" for Muhammad Hafiz
   * Rahmat, "Madam Lim" for Lim Siew Hoon, "Ms. Acosta" for Melba Acosta Febo), as copy styles people named by given name,
   * family name first or by two surnames.
   */
  withNameWordBeforeLast(word: string): Draft | undefined {
    const key = word.toLowerCase();
    // Three words or more: of two ("Keir Starmer"), the first is a given name English copy never styles so ("Mr Keir" is someone else).
    const found = this.drafts.filter((draft) => draft.nameWords.length > 2 && draft.nameWords.slice(0, -1).some((name) => name.toLowerCase() === key));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Everyone whose surname is the person's own (the person too). */
  sharingSurname(draft: Draft): readonly Draft[] {
    return this.bySurnameKey.get(this.key(surnameWord(draft.nameWords))) ?? [draft];
  }

  /** A mention that names the person (in full, or with a title or honorific). */
  addNamingMention(draft: Draft, mention: Mention, facts: MentionFacts): void {
    draft.mentions.push(mention);
    draft.facts.push(facts);
    const at = upperBound(draft.anchors, mention.start);
    if (at === draft.anchors.length) draft.anchors.push(mention.start);
    else draft.anchors.splice(at, 0, mention.start);
  }

  /**
   * Folded once per distinct word: the same surname is looked up at every capitalised token. An Arabic
   * surname is found with or without its article ("al-Saadi" … "Saadi said"), as copy writes it both ways.
   */
  private key(surname: string): string {
    let key = this.keys.get(surname);
    if (key === undefined) {
      key = foldName(surname).replace(ARABIC_ARTICLE, '');
      this.keys.set(surname, key);
    }
    return key;
  }
}
