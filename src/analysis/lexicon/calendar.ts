import calendar from './calendar.json';

/** Each month's names, lower case, in calendar order: the full name first, then its short forms. */
export const MONTH_NAMES: ReadonlyArray<readonly string[]> = calendar.months;

/** Each weekday's names, lower case, Monday first: the full name first, then its short forms. */
export const WEEKDAY_NAMES: ReadonlyArray<readonly string[]> = calendar.weekdays;

/** Full weekday names, lower case: "monday". */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map(([full]) => full));
