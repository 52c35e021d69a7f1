import picomatch from 'picomatch';

/**
 * A test for workspace-relative paths ("news/2024/a.md", forward slashes) against exclude globs
 * as VS Code writes them (`**\/node_modules/**`, `**\/.git`): a glob that names a folder leaves
 * out everything in it, so the path and each folder above it are tried. No `vscode` here, so the
 * unit tests can reach it.
 */
export function excludedPath(globs: readonly string[]): (relativePath: string) => boolean {
  if (globs.length === 0) return () => false;
  // Dot files and folders are ordinary names in an exclude glob (.git, .obsidian).
  const matches = picomatch([...globs], { dot: true });
  return (relativePath) => {
    const parts = relativePath.split('/');
    for (let length = parts.length; length >= 1; length--) {
      if (matches(parts.slice(0, length).join('/'))) return true;
    }
    return false;
  };
}

/** The globs switched on in a `files.exclude` value (`{"**\/.git": true}`); conditional ones (`{when}`) are left to VS Code. */
export function enabledGlobs(setting: Record<string, unknown> | undefined): string[] {
  return Object.entries(setting ?? {}).filter(([, on]) => on === true).map(([glob]) => glob);
}
