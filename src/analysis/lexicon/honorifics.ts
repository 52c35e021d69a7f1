import titleData from './titles.json';

/** What titles.json says of one honorific (see `honorificsAbout` there). */
interface HonorificEntry {
  gender?: 'male' | 'female';
  abbreviated?: boolean;
  droppedInVersions?: boolean;
  beforeSeveralNames?: boolean;
}

// The JSON import types `gender` as string; the entries are checked by the unit tests.
const ENTRIES = Object.entries(titleData.honorifics) as ReadonlyArray<[string, HonorificEntry]>;

function lowerCaseWhere(keep: (entry: HonorificEntry) => boolean): ReadonlySet<string> {
  return new Set(ENTRIES.filter(([, entry]) => keep(entry)).map(([word]) => word.toLowerCase()));
}

/** Honorifics before one person's name, lower case: "mr", "dr", "sheikh". */
export const PERSON_HONORIFICS = lowerCaseWhere((entry) => !entry.beforeSeveralNames);

/** Short forms whose full stop does not end a sentence: "mr", "prof". */
export const ABBREVIATED_HONORIFICS = lowerCaseWhere((entry) => entry.abbreviated === true);

/** Honorifics that one version of a story writes before a name and another leaves out. */
export const HONORIFICS_DROPPED_IN_VERSIONS = lowerCaseWhere((entry) => entry.droppedInVersions === true);

/** The gender an honorific names, lower case: "mrs" → female. */
export const HONORIFIC_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map(
  ENTRIES.flatMap(([word, entry]) => (entry.gender ? [[word.toLowerCase(), entry.gender] as const] : [])),
);
