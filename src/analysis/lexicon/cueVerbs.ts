import cueData from './cues.json';

/** What the lexicon knows of a cue verb form. */
export interface CueVerb {
  infinitive: string;
  /** May stand before its speaker: "…," said X. Gerunds never do ("…, saying X"). */
  mayPrecedeSpeaker: boolean;
}

type Conjugate = (infinitive: string, model: unknown) => Record<string, string | undefined>;

/**
 * Every form of the cue verbs in cues.json, from their infinitives by compromise's conjugation
 * (past, present, gerund), plus the forms it gets wrong or does not give.
 */
export function cueVerbForms(conjugate: Conjugate, model: unknown): Map<string, CueVerb> {
  const forms = new Map<string, CueVerb>();
  const before = new Set(cueData.mayPrecedeSpeaker);
  const add = (form: string, infinitive: string): void => {
    const gerund = form.endsWith('ing');
    if (!forms.has(form)) forms.set(form, { infinitive, mayPrecedeSpeaker: before.has(infinitive) && !gerund });
  };
  for (const infinitive of [...cueData.mayPrecedeSpeaker, ...cueData.subjectOnly]) {
    add(infinitive, infinitive);
    const c = conjugate(infinitive, model);
    for (const tense of ['PastTense', 'PresentTense', 'Gerund'] as const) {
      const form = c[tense];
      if (form && !form.includes(' ')) add(form, infinitive);
    }
  }
  for (const [form, infinitive] of Object.entries(cueData.extraForms)) add(form, infinitive);
  return forms;
}
