import { parseArgs } from 'node:util';
import { runAnalyze } from './cli/analyzeCommand';
import { runExport, type ExportFormat, type ExportTable } from './cli/exportCommand';
import { DEFAULT_MAX_FILE_BYTES, foldersWithoutArticles } from './cli/files';
import { terminalProgress } from './cli/progress';
import { runReport } from './cli/reportCommand';
import { runSiblings } from './cli/siblingsCommand';
import packageJson from '../package.json';

const USAGE = `Usage: sourcelens <command> [options] PATH...

PATH is a file, a folder, or - for one article read from standard input.

Commands:
  analyze PATH...   the people named and the quotations in each article
                    (a folder stands for the .txt, .md, .markdown, .story, .article,
                    .html, .htm and .docx files in it)
  siblings PATH...  which files are versions of one story (sibling pairs and groups)
  export PATH...    quotes, people or sources as CSV, JSON lines or W3C Web Annotations
  report PATH...    who is quoted: shares by kind of source, officials, gender, named or not

Options:
  --json            print one JSON object instead of a readable summary
  --jsonl           (analyze) print one JSON document a line, each as soon as it is analysed
  --max-file-size N skip files larger than N bytes (default ${DEFAULT_MAX_FILE_BYTES.toLocaleString('en')})
  --format F        (export) csv, jsonl or wadm (W3C Web Annotation, JSON-LD)
  --table T         (export) quotes, people or sources (sources: merged across the files)
  -h, --help        show this help (after a command: that command's help)
  -V, --version     show the version
`;

const MAX_FILE_SIZE_HELP = `  --max-file-size N skip files larger than N bytes (default ${DEFAULT_MAX_FILE_BYTES.toLocaleString('en')})`;
const FOLDERS_HELP = `PATH is a file, a folder (its .txt, .md, .markdown, .story, .article, .html, .htm and
.docx files, in subfolders too) or - for one article read from standard input.`;

/** What `sourcelens <command> --help` prints. */
const COMMAND_HELP: Record<string, string> = {
  analyze: `Usage: sourcelens analyze [--json | --jsonl] PATH...

The people named and the quotations in each article, with who is quoted.
${FOLDERS_HELP}

Options:
  --json            one JSON object: {"documents": [...]}, streamed a document at a time
  --jsonl           one JSON document a line, each as soon as it is analysed
${MAX_FILE_SIZE_HELP}

Files that cannot be read are listed on standard error (in JSON, as entries with "error");
the exit code is then 1.
`,
  siblings: `Usage: sourcelens siblings [--json] [--index FILE] PATH...

Which files are versions of one story: sibling pairs and groups.
${FOLDERS_HELP}

Options:
  --json            one JSON object with the pairs and groups
  --index FILE      keep the fingerprints in FILE between runs: a later run reads
                    only the files that changed
${MAX_FILE_SIZE_HELP}
`,
  export: `Usage: sourcelens export [--format csv|jsonl|wadm] [--table quotes|people|sources] PATH...

Quotes, people or sources of the articles as rows.
${FOLDERS_HELP}

Options:
  --format F        csv (default), jsonl, or wadm (W3C Web Annotations, JSON-LD)
  --table T         quotes (default), people, or sources (merged across the files); not with wadm
${MAX_FILE_SIZE_HELP}
`,
  report: `Usage: sourcelens report [--json] PATH...

Who is quoted: shares by kind of source, officials, gender, named or not.
${FOLDERS_HELP}

Options:
  --json            one JSON object instead of the readable report
${MAX_FILE_SIZE_HELP}
`,
};

async function main(argv: string[]): Promise<number> {
  // Many tools read -v as "verbose"; ours was the version once, so say where it went rather than guess.
  const options = argv.indexOf('--') === -1 ? argv : argv.slice(0, argv.indexOf('--'));
  if (options.includes('-v')) {
    process.stderr.write('sourcelens: -v is not an option; use -V or --version for the version\n');
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, index: { type: 'string' }, 'max-file-size': { type: 'string' }, format: { type: 'string' }, table: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'V' } },
    });
  } catch (error) {
    process.stderr.write(`sourcelens: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help && command && COMMAND_HELP[command]) {
    process.stdout.write(COMMAND_HELP[command]);
    return 0;
  }
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  const maxFileBytes = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_BYTES : Number(values['max-file-size']);
  if (!Number.isSafeInteger(maxFileBytes) || maxFileBytes < 0) {
    process.stderr.write(`sourcelens: --max-file-size takes a number of bytes\n\n${USAGE}`);
    return 2;
  }
  if (COMMAND_HELP[command] && paths.length > 0) {
    // A folder with no articles is most often a typo or the wrong folder: say so rather than print nothing.
    const empty = await foldersWithoutArticles(paths);
    for (const folder of empty) process.stderr.write(`sourcelens ${command}: warning: no articles found in ${folder} (looked for .txt, .md, .markdown, .story, .article, .html, .htm and .docx files)\n`);
    if (empty.length === paths.length) return 1;
  }
  switch (command) {
    case 'analyze':
      if (paths.length === 0) {
        process.stderr.write(`sourcelens analyze: give at least one file or folder\n\n${USAGE}`);
        return 2;
      }
      // Progress only while the output goes to a file or a pipe: on a terminal the summary itself shows it.
      return runAnalyze(paths, { format: values.jsonl ? 'jsonl' : values.json ? 'json' : 'text', maxFileBytes, progress: process.stdout.isTTY ? undefined : terminalProgress('analyze') }, writeOut, writeError);
    case 'siblings':
      if (paths.length === 0) {
        process.stderr.write(`sourcelens siblings: give at least one file or folder\n\n${USAGE}`);
        return 2;
      }
      return runSiblings(paths, values.json === true, (text) => void process.stdout.write(text), undefined, maxFileBytes, values.index);
    case 'export': {
      const format = values.format ?? 'csv';
      const table = values.table;
      if (!['csv', 'jsonl', 'wadm'].includes(format) || (table !== undefined && !['quotes', 'people', 'sources'].includes(table)) || (format === 'wadm' && table !== undefined)) {
        process.stderr.write(`sourcelens export: --format is csv, jsonl or wadm; --table is quotes, people or sources (not with wadm)\n\n${USAGE}`);
        return 2;
      }
      if (paths.length === 0) {
        process.stderr.write(`sourcelens export: give at least one file or folder\n\n${USAGE}`);
        return 2;
      }
      return runExport(paths, { format: format as ExportFormat, table: table as ExportTable | undefined, maxFileBytes }, writeOut, (text) => void process.stderr.write(text));
    }
    case 'report':
      if (paths.length === 0) {
        process.stderr.write(`sourcelens report: give at least one file or folder\n\n${USAGE}`);
        return 2;
      }
      return runReport(paths, values.json === true, maxFileBytes, writeOut, (text) => void process.stderr.write(text));
    default:
      process.stderr.write(`sourcelens: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** Writes to stderr, first clearing a progress line a terminal may be showing there. */
function writeError(text: string): void {
  process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${text}` : text);
}

/** Writes to stdout and, when its buffer is full, waits until the reader has taken it, so memory stays flat. */
function writeOut(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

// `sourcelens analyze seeds | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Never a stack trace for the user; the message says what went wrong.
    process.stderr.write(`sourcelens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
