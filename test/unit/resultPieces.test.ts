import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import * as v8 from 'node:v8';
import { analyzeArticle } from '../../src/analysis';
import { AnalysisWorkerClient, type AnalysisWorker } from '../../src/editor/analysisWorkerClient';
import type { AnalysisReply, AnalysisRequest, MoreRequest } from '../../src/worker/analysisWorker';
import { addPiece, PIECE_CHARS, SharedStrings, splitResult, type ResultPiece } from '../../src/worker/resultPieces';

// Long texts made by repeating short pieces of copy written for these tests: many quotes, and one
// person with many mentions.
const MANY_QUOTES = '"We will rebuild," Mayor Dana Whitfield said. '.repeat(3_000);
const ONE_NAME_OFTEN = `Mayor Dana Whitfield arrived.\n\n${'Whitfield spoke. '.repeat(3_000)}`;

function rejoin(text: string, maxChars: number) {
  const whole = analyzeArticle(text);
  const { head, pieces } = splitResult(structuredClone(whole), maxChars);
  const joined = structuredClone(head);
  for (const piece of pieces) addPiece(joined, structuredClone(piece));
  return { whole, joined, pieces };
}

describe('large worker results in pieces', () => {
  it('split and joined again, a result is the same as before', () => {
    for (const text of [MANY_QUOTES, ONE_NAME_OFTEN]) {
      const { whole, joined, pieces } = rejoin(text, 20_000);
      assert.ok(pieces.length > 3, `${pieces.length} pieces`);
      assert.deepEqual(joined, whole);
    }
  });

  it('joined with its short strings shared, a result is the same as before, and repeated ids and names are shared', () => {
    for (const text of [MANY_QUOTES, ONE_NAME_OFTEN]) {
      const whole = analyzeArticle(text);
      const { head, pieces } = splitResult(structuredClone(whole), 20_000);
      const joined = structuredClone(head);
      const strings = new SharedStrings();
      strings.share(joined);
      for (const piece of pieces) addPiece(joined, structuredClone(piece), strings);
      assert.deepEqual(joined, whole);
      // Every mention repeats its person's id, and the same name recurs throughout.
      const mentions = whole.people.reduce((count, person) => count + person.mentions.length, 0);
      assert.ok(strings.replaced > mentions, `${strings.replaced} replaced, ${mentions} mentions`);
    }
  });

  it('only short strings are shared, at any depth, and values never change', () => {
    const long = 'a quotation long enough to be left as it came';
    const value = [{ text: long, nested: { id: 'p1', list: ['said', 'said'] } }, { text: long, nested: { id: 'p1', list: [] } }];
    const strings = new SharedStrings();
    strings.share(value);
    assert.equal(strings.replaced, 2);
    assert.deepEqual(value, [{ text: long, nested: { id: 'p1', list: ['said', 'said'] } }, { text: long, nested: { id: 'p1', list: [] } }]);
  });

  it('a small result travels whole', () => {
    assert.equal(splitResult(analyzeArticle('"Yes," she said.')).pieces.length, 0);
  });

  it('no piece takes long to receive, where the whole result would', () => {
    const whole = analyzeArticle(MANY_QUOTES.repeat(4));
    const { head, pieces } = splitResult(whole);
    const largest = Math.max(...[head, ...pieces].map((piece) => v8.serialize(piece).length));
    // Bytes stand in for the time to receive: they grow together, and bytes do not depend on the machine's load.
    assert.ok(largest * 4 < v8.serialize(whole).length, `largest piece ${largest} bytes of ${v8.serialize(whole).length}`);
  });

  it('pieces are cut by size: none is over the limit unless it holds a single item', () => {
    const itemsOf = (piece: ResultPiece): unknown[] => ('quotes' in piece ? piece.quotes : 'paragraphs' in piece ? piece.paragraphs : 'people' in piece ? piece.people : piece.mentions);
    for (const text of [MANY_QUOTES.repeat(2), ONE_NAME_OFTEN.repeat(4)]) {
      const { pieces } = splitResult(analyzeArticle(text));
      assert.ok(pieces.length > 3, `${pieces.length} pieces`);
      // A piece's JSON adds its key and brackets to its items' own.
      const over = pieces.filter((piece) => itemsOf(piece).length > 1 && JSON.stringify(itemsOf(piece)).length > PIECE_CHARS + itemsOf(piece).length);
      assert.deepEqual(over.map((piece) => JSON.stringify(piece).length), []);
    }
  });

  it('the client takes a piece, then asks for the next, and resolves with the whole result', async () => {
    const expected = analyzeArticle(MANY_QUOTES);
    const { head, pieces } = splitResult(structuredClone(expected), 20_000);
    const sent: Array<AnalysisRequest | MoreRequest> = [];
    class PiecewiseWorker extends EventEmitter implements AnalysisWorker {
      private next = 0;
      postMessage(request: AnalysisRequest | MoreRequest): void {
        sent.push(request);
        const reply: AnalysisReply = request.kind !== 'more' ? { id: request.id, head } : this.next < pieces.length ? { id: request.id, piece: pieces[this.next++] } : { id: request.id, done: true };
        setImmediate(() => this.emit('message', structuredClone(reply)));
      }
      terminate(): void {}
    }
    const client = new AnalysisWorkerClient(() => new PiecewiseWorker());
    const result = await client.analyze('long', MANY_QUOTES, {});
    assert.deepEqual(result, expected);
    assert.equal(sent.filter((request) => request.kind === 'more').length, pieces.length + 1);
    client.dispose();
  });

  it('the client asks for the next piece only in a later turn, so a quick worker cannot fill one turn with pieces', async () => {
    const { head, pieces } = splitResult(analyzeArticle(MANY_QUOTES), 20_000);
    const sent: Array<AnalysisRequest | MoreRequest> = [];
    class RecordingWorker extends EventEmitter implements AnalysisWorker {
      postMessage(request: AnalysisRequest | MoreRequest): void {
        sent.push(request);
      }
      terminate(): void {}
    }
    const worker = new RecordingWorker();
    const client = new AnalysisWorkerClient(() => worker);
    void client.analyze('long', MANY_QUOTES, {}).catch(() => undefined);
    const { id } = sent[0] as AnalysisRequest;
    worker.emit('message', { id, head });
    worker.emit('message', { id, piece: pieces[0] });
    assert.deepEqual(sent.filter((request) => request.kind === 'more'), [], 'asked for more in the turn that received a piece');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(sent.filter((request) => request.kind === 'more').length, 2);
    client.dispose();
  });
});
