import spellingData from './spelling.json';

/**
 * One key for the British and American spellings of a word ("mobilisation" and "mobilization"
 * both give "mobilization"). Rules rewrite both spellings to the same key rather than one into
 * the other, so a rule that fires on a word with no variant ("promise" → "promize") does no harm
 * as long as no other real word gets that key; each rule is narrowed until that holds for
 * common words ("four" must not become "for", "filled" must not become "filed").
 */

const LISTED: ReadonlyMap<string, string> = new Map(Object.entries(spellingData.spelling));
const OUR_EXCEPTIONS: ReadonlySet<string> = new Set(spellingData.ourExceptions);
const TRE_EXCEPTIONS: ReadonlySet<string> = new Set(spellingData.treExceptions);

// realise/realize, organisation/organization. At least three letters before the suffix and
// no vowel just before it, so rise, raise, praise and noise are left alone; "-wise" is an adverb.
const IZE = /^([a-z]{2,}[^aeiouy])i[sz](e|es|ed|ing|er|ers|ation|ations|ational|able|ement|ements)$/;
// analyse/analyze, paralysed/paralyzed.
const YZE = /^([a-z]{2,})y[sz](e|es|ed|ing|er|ers)$/;
// colour/color, honourable/honorable, neighbourhood/neighborhood.
const OUR = /^([a-z]{2,})our(s|ed|ing|able|ably|ite|ites|er|ers|ful|fully|less|ism|ist|ists|hood|hoods|y)?$/;
// centre/center, theatres/theaters, fibre/fiber, centred/centered.
const TRE = /^([a-z]{2,}[tb])re(s|d)?$/;
// travelled/traveled, counsellor/counselor: only after an unstressed second syllable
// (vowel, consonants, vowel), so filled, called and killed keep their double l.
const LL = /^([a-z]*[aeiouy][^aeiouy]+[aeiou])ll(ed|ing|er|ers|or|ors)$/;
// defence/defense, licensed/licenced: only these stems; fence, hence and science stay.
const ENCE = new RegExp(`^(${spellingData.ence.stems.join('|')})en[cs](e|es|ed|ing|eless)?$`);

/** The spelling key of a lower-case word without diacritics. */
export function spellingKey(word: string): string {
  const listed = LISTED.get(word);
  if (listed !== undefined) return listed;
  let m: RegExpExecArray | null;
  if ((m = IZE.exec(word)) && !word.endsWith('wise')) return `${m[1]}iz${m[2]}`;
  if ((m = YZE.exec(word))) return `${m[1]}yz${m[2]}`;
  if ((m = OUR.exec(word)) && !OUR_EXCEPTIONS.has(word)) return `${m[1]}or${m[2] ?? ''}`;
  if ((m = TRE.exec(word)) && !TRE_EXCEPTIONS.has(word)) return `${m[1]}er${m[2] === 'd' ? 'ed' : (m[2] ?? '')}`;
  if ((m = LL.exec(word))) return `${m[1]}l${m[2]}`;
  if ((m = ENCE.exec(word))) return `${m[1]}ens${m[2] ?? ''}`;
  return word;
}
