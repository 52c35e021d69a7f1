/**
 * Photo captions and credits. A caption ends with the picture's credit — "(AP Photo/Name)",
 * "(Photo by Name / AFP)", "Photo: Name / Paper", "… via Getty Images" — or opens with "FILE -",
 * the agencies' mark for an archive picture.
 */
/** A credit in brackets names a source after a slash, "by" or a colon: "(AP Photo/Name)", "(Photo by Name / AFP)", "(Credit: Name)". */
const CREDIT_IN_PARENS = /\((?=[^()]{2,70}\)\s*\.?$)[^()]*\b(?:photos?|photographs?|pictures?|images?|video|credit)\b\s*(?:\/|by\b|:)[^()]*\)\s*\.?$/iu;
const CREDIT_AFTER_SENTENCE = /(?:^|[.!?]\s+)(?:photo|photograph|picture|image|credit)s?\s*(?::|by)\s*[^.!?]{2,80}$/iu;
/** A credit of a name and its paper in brackets: "(Jane Roe/The Canadian Press)", "(Jane Roe / Reuters)". */
const NAME_SLASH_SOURCE = /\(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}\s*\/\s*\p{Lu}[^()/]{1,40}\)\s*\.?$/u;
/** A caption that runs straight into its credit label, as wikis print them: "Two delegates in the hall Image: Jane Roe." */
const CREDIT_LABEL_AT_END = /\s(?:Photo|Photograph|Picture|Image|Credit)s?:\s*[^.!?:]{2,60}\.?$/u;
const GETTY = /\bGetty(?: Images)?\s*\)?\.?$/u;
const FILE_PICTURE = /^FILE\s*[-–—―:]/u;

/** Longer than any caption: a paragraph of story that happens to end in brackets. */
const MAX_CAPTION_LENGTH = 600;

export function isCaption(paragraph: string): boolean {
  if (paragraph.length > MAX_CAPTION_LENGTH) return false;
  return CREDIT_IN_PARENS.test(paragraph) || NAME_SLASH_SOURCE.test(paragraph) || CREDIT_LABEL_AT_END.test(paragraph) || CREDIT_AFTER_SENTENCE.test(paragraph) || GETTY.test(paragraph) || FILE_PICTURE.test(paragraph);
}
