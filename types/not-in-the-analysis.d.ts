// What `tsconfig.analysis.json` resolves `vscode` and `node:*` to: a module with nothing in it,
// so any use of them in src/analysis fails to compile (lint says why).
export {};
