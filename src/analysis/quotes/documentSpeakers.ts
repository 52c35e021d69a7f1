import { sentenceAt } from '../text/sentences';
import type { Span } from '../types';
import { sourceKind } from './sourceKind';
import { subjectAt } from './subject';
import { firstMentionFrom, inStory, isOwner, lastPersonBefore, type Attribution, type Context, type Found } from './attributionContext';
import { resolvePronoun } from './pronounSpeakers';

/**
 * A document of someone's gives their words: "His field notebooks … : "…"", "Her statement said …",
 * "Kawabata's statement said …" are the owner's, the possessive resolved as a pronoun or a name is.
 */
export function documentOwner(context: Context, found: Found, previous: { attribution: Attribution; paragraph: number } | null, paragraph: number, offset: number, quoteEnd: number): string | null {
  const words = found.speakerMention;
  if (!words || sourceKind(words.text, context.lexicon) !== 'document') return null;
  const owner = /^(his|her)\s/iu.exec(words.text);
  if (owner) return resolvePronoun(context, { ...found, speakerMention: { start: words.start, end: words.start + owner[1].length, text: owner[1] }, via: 'pronoun' }, previous, paragraph, offset, quoteEnd);
  const mention = context.mentions[firstMentionFrom(context, words.start)];
  if (mention !== undefined && mention.start === words.start && isOwner(context, mention)) return mention.personId;
  return issuerBefore(context, words) ?? writerBefore(context, words);
}

/** Verbs by which "it" gives a document's words: "…," it read. */
const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'said', 'says', 'stated', 'states', 'added', 'continued']);
/** A document someone sent, in the sentence before: "an email Ward sent the next morning". */
const SENT_DOCUMENT = /\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:email|e-mail|letter|text|message|memo|note|post|tweet)\s+(?:that\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:had\s+)?(?:sent|wrote|posted|signed)\b/u;

/**
 * "Prosecutors then showed the jury an email Ward sent the next morning. "…," it read.": the person
 * who sent the document the sentence before names, when "it" gives its words.
 */
export function senderOfDocumentBefore(context: Context, found: Found): string | null {
  const words = found.speakerMention;
  if (!words || words.text.toLowerCase() !== 'it' || !found.cue || !DOCUMENT_VERBS.has(found.cue.text.toLowerCase())) return null;
  const k = sentenceAt(context.sentences, words.start);
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const sentence = context.sentences[j];
    const sent = SENT_DOCUMENT.exec(context.text.slice(sentence.start, sentence.end));
    if (!sent) continue;
    const at = sentence.start + sent.index + sent[0].indexOf(sent[1]);
    const mention = context.mentions[firstMentionFrom(context, at)];
    return mention !== undefined && mention.start === at ? mention.personId : null;
  }
  return null;
}

/** How many sentences back "the statement" may find the one that issued it. */
const ISSUED_REACH = 3;

/**
 * "Hollis apologised in a statement released through his office … ¶ "…," the statement said": the
 * person named as the subject of the sentence, a few before, whose verb issued that document.
 */
function issuerBefore(context: Context, words: Span): string | null {
  const noun = /^the\s+(\p{L}+)$/iu.exec(words.text)?.[1].toLowerCase();
  const k = sentenceAt(context.sentences, words.start);
  if (!noun || k < 0) return null;
  const issued = new RegExp(String.raw`\b(?:in|issued|released|sent|posted|published|wrote)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}${noun}\b`, 'iu');
  for (let j = k - 1; j >= Math.max(0, k - ISSUED_REACH); j--) {
    const sentence = context.sentences[j];
    if (!issued.test(context.text.slice(sentence.start, sentence.end))) continue;
    const subject = subjectAt(context, sentence.start, sentence.end);
    return subject?.via === 'name' ? subject.personId : null;
  }
  return null;
}

/** Verbs by which someone writes a document: "a letter she had written", "a text he sent", "signed by". */
const WRITING_VERBS = String.raw`(?:sent|wrote|written|posted|signed|typed|penned|drafted)`;
/** How far after "signed by" the writer's name may stand, past their office ("signed by the chair of the board, Linda Forsberg"). */
const WRITER_REACH = 100;

/**
 * "the letter said" after "a letter she had written" or "a letter signed by the chair of the board, Linda
 * Forsberg", in its sentence or the few before: the one who wrote it. "He", "she" there are the last person
 * named before of that sex.
 */
function writerBefore(context: Context, words: Span): string | null {
  const noun = /^the\s+(\p{L}+)$/iu.exec(words.text)?.[1].toLowerCase();
  const k = sentenceAt(context.sentences, words.start);
  if (!noun || k < 0) return null;
  const byWriter = new RegExp(String.raw`\b(?:an?|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\s+(?:(?:that|which)\s+)?(?:(he|she)|(\p{Lu}[\p{L}'’-]+))\s+(?:had\s+|has\s+)?${WRITING_VERBS}\b`, 'iu');
  const signedBy = new RegExp(String.raw`\b${noun}\s+(?:[\p{L}-]+\s+){0,2}?${WRITING_VERBS}\s+by\s`, 'iu');
  for (let j = k; j >= Math.max(0, k - ISSUED_REACH); j--) {
    const sentence = context.sentences[j];
    const end = Math.min(sentence.end, words.start);
    const text = context.text.slice(sentence.start, end);
    const written = byWriter.exec(text);
    if (written) {
      const at = sentence.start + written.index + written[0].lastIndexOf(written[1] ?? written[2]);
      if (written[1]) {
        const gender = written[1].toLowerCase() === 'he' ? 'male' : 'female';
        return lastPersonBefore(context, at, (person) => person.gender === gender && inStory(person));
      }
      const mention = context.mentions[firstMentionFrom(context, at)];
      return mention !== undefined && mention.start === at ? mention.personId : null;
    }
    const signed = signedBy.exec(text);
    if (signed) {
      const after = sentence.start + signed.index + signed[0].length;
      const mention = context.mentions[firstMentionFrom(context, after)];
      return mention !== undefined && mention.start - after <= WRITER_REACH && mention.end <= end ? mention.personId : null;
    }
  }
  return null;
}
