import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import { readSeed, ROOT } from './helpers';

const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');
const LANGUAGE_CONFIGURATION_PATH = path.join(ROOT, 'syntaxes', 'news-article.language-configuration.json');
const SEED_WITH_DATE = '000_2b7d7f5e5426fd49.txt';
const SEED_WITHOUT_DATE = '001_2685f8e38a54437a.txt';
const SCOPE_NAME = 'text.news-article';

interface TokenizedLine {
	readonly text: string;
	readonly tokens: vsctm.IToken[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new vsctm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
			createOnigString: (text: string) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scopeName: string) =>
			scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
	});
	const loaded = await registry.loadGrammar(SCOPE_NAME);
	assert.ok(loaded, `grammar ${SCOPE_NAME} did not load`);
	return loaded;
}

/** Tokenizes a whole document line by line, carrying the rule stack across lines as VS Code does. */
function tokenize(text: string): TokenizedLine[] {
	let ruleStack = vsctm.INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const result = grammar.tokenizeLine(line, ruleStack);
		ruleStack = result.ruleStack;
		return { text: line, tokens: result.tokens };
	});
}

function scopesAt(line: TokenizedLine, offset: number): string[] {
	const token = line.tokens.find((t) => offset >= t.startIndex && offset < t.endIndex);
	assert.ok(token, `no token at offset ${offset} of ${JSON.stringify(line.text)}`);
	// A rule name may hold several space-separated scopes.
	return token.scopes.flatMap((s) => s.split(' '));
}

/** True when one of the scopes is `scope` or a more specific scope below it (`scope.*`). */
function hasScope(line: TokenizedLine, offset: number, scope: string): boolean {
	return scopesAt(line, offset).some((s) => s === scope || s.startsWith(`${scope}.`));
}

function describeOffset(line: TokenizedLine, offset: number): string {
	return `offset ${offset} (${JSON.stringify(line.text.slice(offset, offset + 12))}…) has ${JSON.stringify(scopesAt(line, offset))}`;
}

function assertScope(line: TokenizedLine, start: number, end: number, scope: string): void {
	assert.ok(end > start, `empty range ${start}-${end}`);
	for (let i = start; i < end; i++) {
		assert.ok(hasScope(line, i, scope), `expected ${scope}: ${describeOffset(line, i)}`);
	}
}

function assertNoScope(line: TokenizedLine, start: number, end: number, scope: string): void {
	assert.ok(end > start, `empty range ${start}-${end}`);
	for (let i = start; i < end; i++) {
		assert.ok(!hasScope(line, i, scope), `did not expect ${scope}: ${describeOffset(line, i)}`);
	}
}

/** Offset of `needle` in the line, failing (rather than returning -1) when it is missing. */
function at(line: TokenizedLine, needle: string, from = 0): number {
	const i = line.text.indexOf(needle, from);
	assert.ok(i >= 0, `${JSON.stringify(needle)} not found in ${JSON.stringify(line.text)}`);
	return i;
}

function lineContaining(lines: TokenizedLine[], needle: string): number {
	const i = lines.findIndex((l) => l.text.includes(needle));
	assert.ok(i >= 0, `no line contains ${JSON.stringify(needle)}`);
	return i;
}

interface Span {
	readonly line: number;
	readonly start: number; // offset of the opening mark
	readonly end: number; // offset just past the closing mark
}

/** Quotations found without the grammar: straight marks pair up in order, curly “ pairs with the next ”. */
function expectedQuotations(lines: TokenizedLine[]): Span[] {
	const spans: Span[] = [];
	lines.forEach((line, n) => {
		const straight = [...line.text.matchAll(/"/g)].map((m) => m.index);
		assert.equal(straight.length % 2, 0, `odd number of straight quote marks on line ${n}`);
		for (let i = 0; i < straight.length; i += 2) {
			spans.push({ line: n, start: straight[i], end: straight[i + 1] + 1 });
		}
		for (const m of line.text.matchAll(/“[^”]*”/g)) {
			spans.push({ line: n, start: m.index, end: m.index + m[0].length });
		}
	});
	return spans;
}

function assertQuotationsMatch(lines: TokenizedLine[], spans: Span[]): void {
	for (const { line: n, start, end } of spans) {
		const line = lines[n];
		assertScope(line, start, end, 'string.quoted.double');
		assert.ok(hasScope(line, start, 'punctuation.definition.string.begin'), describeOffset(line, start));
		assert.ok(hasScope(line, end - 1, 'punctuation.definition.string.end'), describeOffset(line, end - 1));
		assertNoScope(line, start + 1, end - 1, 'punctuation.definition.string');
	}
	// …and nothing outside those spans is a string.
	lines.forEach((line, n) => {
		for (let i = 0; i < line.text.length; i++) {
			const inSpan = spans.some((s) => s.line === n && i >= s.start && i < s.end);
			assert.equal(hasScope(line, i, 'string'), inSpan, `line ${n}: ${describeOffset(line, i)}`);
		}
	});
}

function firstLine(seed: string): string {
	return readSeed(seed).split(/\r?\n/)[0];
}

describe('news-article TextMate grammar', () => {
	let dated: TokenizedLine[];
	let undated: TokenizedLine[];

	before(async () => {
		grammar = await loadGrammar();
		dated = tokenize(readSeed(SEED_WITH_DATE));
		undated = tokenize(readSeed(SEED_WITHOUT_DATE));
	});

	describe('date line and dateline', () => {
		it('scopes the date line at the start of seed 000', () => {
			const line = dated[0];
			assert.equal(line.text.slice(0, 28), ' date 2022-10-22 WASHINGTON:');
			assertScope(line, 1, 5, 'keyword.other.date.news-article');
			assertScope(line, 1, 16, 'meta.date-line.news-article');
			assertScope(line, 6, 16, 'constant.numeric.date.news-article');
			assertNoScope(line, 0, 1, 'meta.date-line');
			assertNoScope(line, 17, 28, 'meta.date-line');
		});

		it('scopes the dateline that follows the date line', () => {
			const line = dated[0];
			assertScope(line, 17, 27, 'entity.name.section.dateline.news-article');
			assertScope(line, 17, 28, 'meta.dateline.news-article');
			assertScope(line, 17, 28, 'markup.bold');
			assertScope(line, 27, 28, 'punctuation.separator.dateline.news-article');
			assertNoScope(line, 28, line.text.length, 'meta.dateline');
			assertNoScope(line, 0, 17, 'meta.dateline');
		});

		it('scopes the dateline opening seed 001 ("KYIV -")', () => {
			const line = undated[0];
			assert.equal(line.text.slice(0, 11), 'KYIV - The ');
			assertScope(line, 0, 4, 'entity.name.section.dateline.news-article');
			assertScope(line, 5, 6, 'punctuation.separator.dateline.news-article');
			assertNoScope(line, 4, 5, 'entity.name.section');
			assertNoScope(line, 6, line.text.length, 'meta.dateline');
			assertNoScope(line, 0, line.text.length, 'meta.date-line');
		});

		it('finds a dateline only in the lead paragraph of the seeds', () => {
			for (const lines of [dated, undated]) {
				lines.slice(1).forEach((line) => {
					if (line.text.length > 0) assertNoScope(line, 0, line.text.length, 'meta.dateline');
				});
			}
		});

		it('recognises agency datelines with a date and em dashes', () => {
			let [line] = tokenize('NEW YORK, Nov 3 (Reuters) - Stocks rose on Thursday.');
			assertScope(line, 0, 15, 'entity.name.section.dateline.news-article');
			assertScope(line, 16, 25, 'entity.name.tag.agency.news-article');
			assertScope(line, 16, 17, 'punctuation.definition.agency.begin.news-article');
			assertScope(line, 24, 25, 'punctuation.definition.agency.end.news-article');
			assertScope(line, 26, 27, 'punctuation.separator.dateline.news-article');
			assertNoScope(line, 28, line.text.length, 'meta.dateline');

			[line] = tokenize('LONDON (AFP) — Britain said on Friday.');
			assertScope(line, 0, 6, 'entity.name.section.dateline.news-article');
			assertScope(line, 7, 12, 'entity.name.tag.agency.news-article');
			assertScope(line, 13, 14, 'punctuation.separator.dateline.news-article');

			[line] = tokenize('KYIV — The US said.');
			assertScope(line, 0, 4, 'entity.name.section.dateline.news-article');
			assertScope(line, 5, 6, 'punctuation.separator.dateline.news-article');
		});

		it('does not take capitals in a later paragraph for a dateline', () => {
			const lines = tokenize('KYIV - First paragraph.\n\nLONDON - Second paragraph.\nPARIS: third line.');
			assertScope(lines[0], 0, 4, 'meta.dateline');
			assertNoScope(lines[2], 0, lines[2].text.length, 'meta.dateline');
			assertNoScope(lines[3], 0, lines[3].text.length, 'meta.dateline');
		});

		it('accepts a date line on its own line before the dateline', () => {
			const lines = tokenize('date 2022-10-22\n\nWASHINGTON: The US said.');
			assertScope(lines[0], 0, 4, 'keyword.other.date.news-article');
			assertScope(lines[0], 5, 15, 'constant.numeric.date.news-article');
			assertScope(lines[2], 0, 10, 'entity.name.section.dateline.news-article');
			assertNoScope(lines[2], 11, lines[2].text.length, 'meta.dateline');
		});
	});

	describe('quotations in the seeds', () => {
		it('scopes every straight quotation in seed 000 from its opening to its closing mark', () => {
			const spans = expectedQuotations(dated);
			assert.equal(spans.length, 7);
			assertQuotationsMatch(dated, spans);
			const line = dated[lineContaining(dated, '"immediate ceasefire"')];
			const open = at(line, '"immediate');
			assertScope(line, open, open + '"immediate ceasefire"'.length, 'string.quoted.double.straight.news-article');
			assertNoScope(line, open + '"immediate ceasefire"'.length, line.text.length, 'string');
		});

		it('scopes every curly quotation in seed 001 from “ to ”', () => {
			const spans = expectedQuotations(undated);
			assert.equal(spans.length, 9);
			assertQuotationsMatch(undated, spans);
			const line = undated[lineContaining(undated, '“in stopping the aggression.”')];
			const open = at(line, '“in stopping');
			const close = at(line, '”', open);
			assert.equal(close, line.text.length - 1);
			assertScope(line, open, close + 1, 'string.quoted.double.curly.news-article');
			assert.ok(hasScope(line, close, 'punctuation.definition.string.end.news-article'));
		});

		it('does not take apostrophes for quotation marks', () => {
			for (const [lines, word] of [
				[dated, "Russia's"],
				[dated, "Kyiv's"],
				[dated, "Moscow's"],
				[undated, 'Russia’s'],
				[undated, 'Kyiv’s'],
				[undated, 'Moscow’s'],
				[undated, 'Biden’s'],
			] as const) {
				const line = lines[lineContaining(lines, word)];
				const i = at(line, word);
				assertNoScope(line, i, i + word.length, 'string');
			}
			for (const line of [...dated, ...undated]) {
				if (line.text.length > 0) assertNoScope(line, 0, line.text.length, 'string.quoted.single');
			}
		});

		it('leaves an apostrophe inside a quotation as part of the double-quoted string only', () => {
			const line = undated[lineContaining(undated, 'supporting Ukraine’s ability')];
			const i = at(line, 'Ukraine’s');
			assertScope(line, i, i + 'Ukraine’s'.length, 'string.quoted.double.curly');
			assertNoScope(line, i, i + 'Ukraine’s'.length, 'string.quoted.single');
		});
	});

	describe('quotations that stay open', () => {
		it('ends an unclosed curly quote at the end of its line', () => {
			const lines = tokenize(
				'KYIV - Lead.\n\nHe said “we will go on fighting for as long as it takes, whatever the cost\n\nNext paragraph is plain.',
			);
			const open = at(lines[2], '“');
			assertScope(lines[2], open, lines[2].text.length, 'string.quoted.double.curly');
			assertNoScope(lines[2], 0, open, 'string');
			assertNoScope(lines[4], 0, lines[4].text.length, 'string');
		});

		it('ends an unclosed straight quote at the end of its line, even inside a paragraph', () => {
			const lines = tokenize(
				'KYIV - Lead.\n\nHe said "we will go on fighting for as long as it takes, whatever\nthe next line of the same paragraph.\n\nAnd the next paragraph.',
			);
			const open = at(lines[2], '"');
			assertScope(lines[2], open, lines[2].text.length, 'string.quoted.double.straight');
			assertNoScope(lines[3], 0, lines[3].text.length, 'string');
			assertNoScope(lines[5], 0, lines[5].text.length, 'string');
		});

		it('does not take a short line that leaves a quote open for a heading', () => {
			const lines = tokenize('He said “we will go on\n\nKYIV - Not plain text.\n\nShe said "we will\n\nPlain.');
			for (const n of [0, 4]) {
				const open = lines[n].text.search(/[“"]/);
				assertNoScope(lines[n], 0, lines[n].text.length, 'markup.heading');
				assertNoScope(lines[n], 0, open, 'string');
				assertScope(lines[n], open, lines[n].text.length, 'string.quoted.double');
			}
			assertNoScope(lines[2], 0, lines[2].text.length, 'string');
			assertNoScope(lines[6], 0, lines[6].text.length, 'string');
		});

		it('scopes a news-style quote running over two paragraphs', () => {
			const lines = tokenize(
				'“We will fight on,” he said. “We will not give up.\n\n“And we will win,” he added.\n\n“Nor will we stop,” he said.',
			);
			const reopened = at(lines[0], '“We will not');
			assertScope(lines[0], 0, at(lines[0], ' he said'), 'string.quoted.double');
			assertNoScope(lines[0], at(lines[0], ' he said'), reopened, 'string');
			assertScope(lines[0], reopened, lines[0].text.length, 'string.quoted.double.curly');
			assertNoScope(lines[0], reopened + 1, lines[0].text.length, 'punctuation.definition.string');
			const close = at(lines[2], '”');
			assertScope(lines[2], 0, close + 1, 'string.quoted.double.curly');
			assert.ok(hasScope(lines[2], close, 'punctuation.definition.string.end'));
			assertNoScope(lines[2], close + 1, lines[2].text.length, 'string');
			assertNoScope(lines[4], at(lines[4], ' he said'), lines[4].text.length, 'string');
		});

		it('does the same with straight quotes', () => {
			const lines = tokenize('KYIV - Lead.\n\n"We will fight on. We will not give up.\n\n"And we will win," he added.');
			assertScope(lines[2], 0, lines[2].text.length, 'string.quoted.double.straight');
			const close = at(lines[4], '"', 1);
			assertScope(lines[4], 0, close + 1, 'string.quoted.double.straight');
			assertNoScope(lines[4], close + 1, lines[4].text.length, 'string');
		});
	});

	describe('single quotes and apostrophes', () => {
		it('scopes curly single quotes but not apostrophes or ‘90s', () => {
			const [line] = tokenize('He called it a ‘special operation’ in Kyiv’s view of the ’90s and ‘90s.');
			const open = at(line, '‘special');
			const close = at(line, '’', open);
			assertScope(line, open, close + 1, 'string.quoted.single.curly.news-article');
			assert.ok(hasScope(line, open, 'punctuation.definition.string.begin'));
			assert.ok(hasScope(line, close, 'punctuation.definition.string.end'));
			assertNoScope(line, close + 1, line.text.length, 'string');
			assertNoScope(line, 0, open, 'string');
		});

		it('scopes straight single quotes but not Russia\'s or \'90s', () => {
			const [line] = tokenize("They called it 'a special operation' in Russia's terms of the '90s.");
			const open = at(line, "'a special");
			const close = at(line, "'", open + 1);
			assertScope(line, open, close + 1, 'string.quoted.single.straight.news-article');
			assertNoScope(line, close + 1, line.text.length, 'string');
		});

		it('nests a single quote inside a double quote', () => {
			const [line] = tokenize('“They said ‘no’ to Russia’s plan,” he said.');
			const inner = at(line, '‘no’');
			assertScope(line, inner, inner + 4, 'string.quoted.single.curly');
			assertScope(line, inner, inner + 4, 'string.quoted.double.curly');
			const russias = at(line, 'Russia’s');
			assertNoScope(line, russias, russias + 8, 'string.quoted.single');
			const close = at(line, '”');
			assertScope(line, 0, close + 1, 'string.quoted.double.curly');
			assertNoScope(line, close + 1, line.text.length, 'string');
		});

		it('does not take inch marks for a quotation', () => {
			const [line] = tokenize('He is 5\'11" tall and "quoted" here.');
			assertNoScope(line, 0, at(line, '"quoted'), 'string');
			assertScope(line, at(line, '"quoted'), at(line, ' here'), 'string.quoted.double.straight');
		});
	});

	describe('subheads', () => {
		it('scopes "No discreet channel?" in seed 001 as a heading', () => {
			const n = lineContaining(undated, 'No discreet channel?');
			const line = undated[n];
			assert.equal(line.text, 'No discreet channel?');
			assertScope(line, 0, line.text.length, 'markup.heading.news-article');
			assertScope(line, 0, line.text.length, 'entity.name.section.news-article');
			assertNoScope(undated[n + 2], 0, undated[n + 2].text.length, 'markup.heading');
		});

		it('finds no other headings in the seeds', () => {
			const headings = (lines: TokenizedLine[]) =>
				lines.filter((l) => l.text.length > 0 && hasScope(l, 0, 'markup.heading')).map((l) => l.text);
			assert.deepEqual(headings(dated), []);
			assert.deepEqual(headings(undated), ['No discreet channel?']);
		});

		it('scopes Markdown headings', () => {
			const lines = tokenize('## Talks with "Moscow"\n\nWASHINGTON: Body text.');
			assertScope(lines[0], 0, lines[0].text.length, 'markup.heading.news-article');
			assertScope(lines[0], 0, 2, 'punctuation.definition.heading.news-article');
			assertScope(lines[0], 3, lines[0].text.length, 'entity.name.section.news-article');
			assertScope(lines[0], at(lines[0], '"'), lines[0].text.length, 'string.quoted.double');
			assertScope(lines[2], 0, 10, 'entity.name.section.dateline');
		});

		it('does not take sentences, attributions or continuation lines for headings', () => {
			const lines = tokenize(
				'KYIV - Lead.\n\nMr Blinken spoke.\n\n“We will not back down,” he said\n\nA paragraph whose first line is long, hard-wrapped by its writer\nShort continuation line\n\nUkraine war: new talks',
			);
			for (const n of [2, 4, 6, 7]) {
				assertNoScope(lines[n], 0, lines[n].text.length, 'markup.heading');
			}
			assertScope(lines[9], 0, lines[9].text.length, 'markup.heading.news-article');
		});
	});
});

describe('news-article language contribution', () => {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		contributes: {
			languages: { id: string; firstLine: string; configuration: string }[];
			grammars: { language: string; scopeName: string; path: string }[];
		};
	};
	const language = manifest.contributes.languages[0];

	it('firstLine matches seed 000 (date line) and not seed 001', () => {
		const firstLineRe = new RegExp(language.firstLine);
		assert.equal(firstLineRe.test(firstLine(SEED_WITH_DATE)), true);
		assert.equal(firstLineRe.test(firstLine(SEED_WITHOUT_DATE)), false);
	});

	it('points at the grammar and language configuration in syntaxes/', () => {
		assert.equal(language.id, 'news-article');
		assert.equal(path.resolve(ROOT, language.configuration), LANGUAGE_CONFIGURATION_PATH);
		const contributed = manifest.contributes.grammars.find((g) => g.language === 'news-article');
		assert.ok(contributed);
		assert.equal(contributed.scopeName, SCOPE_NAME);
		assert.equal(path.resolve(ROOT, contributed.path), GRAMMAR_PATH);
		const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string; firstLineMatch: string };
		assert.equal(raw.scopeName, SCOPE_NAME);
		assert.equal(raw.firstLineMatch, language.firstLine);
	});

	describe('language configuration', () => {
		const config = JSON.parse(fs.readFileSync(LANGUAGE_CONFIGURATION_PATH, 'utf8')) as {
			comments?: unknown;
			autoClosingPairs: { open: string; close: string }[];
			surroundingPairs: [string, string][];
			wordPattern: string;
		};
		const pairs = [
			['"', '"'],
			['“', '”'],
			['‘', '’'],
			['(', ')'],
			['[', ']'],
		];

		it('auto-closes and surrounds with quote marks and brackets', () => {
			for (const [open, close] of pairs) {
				assert.ok(
					config.autoClosingPairs.some((p) => p.open === open && p.close === close),
					`autoClosingPairs lacks ${open}${close}`,
				);
				assert.ok(
					config.surroundingPairs.some(([o, c]) => o === open && c === close),
					`surroundingPairs lacks ${open}${close}`,
				);
			}
			assert.ok(!config.autoClosingPairs.some((p) => p.open === "'"), "' must not auto-close (apostrophes)");
		});

		it('has no comment syntax', () => {
			assert.equal(config.comments, undefined);
		});

		it('has a word pattern that keeps names with apostrophes and hyphens whole', () => {
			const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
			assert.deepEqual(words("O'Brien met Brig-Gen Ryder"), ["O'Brien", 'met', 'Brig-Gen', 'Ryder']);
			assert.deepEqual(words('O’Brien and Jean-Luc Mélenchon'), ['O’Brien', 'and', 'Jean-Luc', 'Mélenchon']);
			assert.deepEqual(words('“Russia’s war,” she said — ‘no’.'), ['Russia’s', 'war', 'she', 'said', 'no']);
		});
	});
});
