/**
 * The little the analysis takes from whatever hosts it (Node, a browser, a web worker), declared
 * here so that `tsconfig.analysis.json` can compile it without Node's or VS Code's types.
 */

/** WHATWG `TextDecoder`, present in Node, browsers and workers. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** WHATWG `TextEncoder` (UTF-8), present in Node, browsers and workers. */
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/** CommonJS `require`, resolved by the bundler; used only to load compromise's model lazily. */
declare function require(id: string): unknown;
