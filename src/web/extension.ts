// The entry of the browser build (package.json `browser`, for vscode.dev and other web editors):
// the same extension as src/extension.ts, built by scripts/build.mjs with browser stand-ins for
// the few Node modules it uses (src/web/*.ts).

// Node's setImmediate, used to let the host breathe between slices of work; a macrotask does the same.
const scope = globalThis as { setImmediate?: (callback: () => void) => unknown };
scope.setImmediate ??= (callback: () => void) => setTimeout(callback, 0);

export { activate, deactivate } from '../extension';
