// The browser build's stand-in for `node:path` (scripts/build.mjs maps the import here): the
// editor code only joins the extension's path with a file name, which in the browser names no
// file anyone opens (the analysis runs in place, src/web/workerThreads.ts).
export function join(...parts: string[]): string {
  return parts.join('/').replace(/\/{2,}/gu, '/');
}
