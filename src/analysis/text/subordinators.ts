/** Words that open a subordinate clause before the main one ("When Lee retired, she …"): a closed class of English grammar. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'although', 'though', 'after', 'before', 'if', 'because', 'since', 'once', 'until', 'whereas']);
