import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ArticleAnalysis } from '../../src/analysis';
import { AnalysisWorkerClient, SupersededError, TooSlowError, type AnalysisWorker } from '../../src/editor/analysisWorkerClient';
import type { AnalysisReply, AnalysisRequest } from '../../src/worker/analysisWorker';

/** A worker thread stand-in: it records what it is sent and answers when the test says so. */
class FakeWorker extends EventEmitter implements AnalysisWorker {
  readonly received: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: AnalysisRequest): void {
    this.emit('message', { id: request.id, result: { text: textOfRequest(request) } as unknown as ArticleAnalysis } satisfies AnalysisReply);
  }
}

function textOfRequest(request: AnalysisRequest): string {
  return request.kind === 'compare' || request.kind === 'styleBlind' ? `${request.a}|${request.b}` : request.text;
}

function client(timeLimitMs?: number): { client: AnalysisWorkerClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const created = new AnalysisWorkerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, timeLimitMs);
  return { client: created, workers };
}

const textOf = (analysis: ArticleAnalysis): string => (analysis as unknown as { text: string }).text;
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('analysis worker queue', () => {
  it('runs one request at a time, in order, one per document', async () => {
    const { client: c, workers } = client();
    const a = c.analyze('a', 'A1', {});
    const b = c.analyze('b', 'B1', {});
    assert.equal(workers[0].received.length, 1);
    workers[0].answer(workers[0].received[0]);
    assert.equal(textOf(await a), 'A1');
    assert.equal(workers[0].received.length, 2);
    workers[0].answer(workers[0].received[1]);
    assert.equal(textOf(await b), 'B1');
    assert.equal(c.queued, 0);
  });

  it('coalesces waiting versions of a document: only the latest is analysed', async () => {
    const { client: c, workers } = client();
    const first = c.analyze('big', 'v1', {});
    const outcomes = ['v2', 'v3', 'v4'].map((text) => c.analyze('other', text, {}).then(textOf, (error: Error) => error));
    assert.equal(c.queued, 2);
    workers[0].answer(workers[0].received[0]);
    await first;
    workers[0].answer(workers[0].received[1]);
    const [v2, v3, v4] = await Promise.all(outcomes);
    assert.ok(v2 instanceof SupersededError && v3 instanceof SupersededError);
    assert.equal(v4, 'v4');
    assert.deepEqual(workers[0].received.map(textOfRequest), ['v1', 'v4']);
  });

  it('stops a running analysis when a newer version of its document comes, and analyses that one', async () => {
    const { client: c, workers } = client();
    const stale = c.analyze('doc', 'old', {}).catch((error: Error) => error);
    const fresh = c.analyze('doc', 'new', {});
    assert.ok((await stale) instanceof SupersededError);
    assert.equal(workers[0].terminated, true);
    await settle();
    assert.deepEqual(workers[1].received.map(textOfRequest), ['new']);
    workers[1].answer(workers[1].received[0]);
    assert.equal(textOf(await fresh), 'new');
  });

  it('stops an analysis over the time limit, says it was too slow, and goes on with the next', async () => {
    const { client: c, workers } = client(30);
    const slow = c.analyze('slow', 'x', {}).catch((error: Error) => error);
    const next = c.analyze('next', 'y', {});
    const error = await slow;
    assert.ok(error instanceof TooSlowError);
    assert.match(error.message, /took longer than/);
    assert.equal(workers[0].terminated, true);
    await settle();
    workers[1].answer(workers[1].received[0]);
    assert.equal(textOf(await next), 'y');
  });

  it('rejects the running request when the worker dies, once, and starts a new worker for the rest', async () => {
    const { client: c, workers } = client();
    const lost = c.analyze('a', 'A', {}).catch((error: Error) => error.message);
    const kept = c.analyze('b', 'B', {});
    workers[0].emit('error', new Error('out of memory'));
    workers[0].emit('exit', 1);
    assert.equal(await lost, 'out of memory');
    workers[1].answer(workers[1].received[0]);
    assert.equal(textOf(await kept), 'B');
  });

  it('sends comparisons and fingerprints as their own kinds of task, queued with the rest', async () => {
    const { client: c, workers } = client();
    const compared = c.compare('pair', 'A', 'B', {});
    const printed = c.fingerprint('file', 'F');
    workers[0].answer(workers[0].received[0]);
    await compared;
    workers[0].answer(workers[0].received[1]);
    await printed;
    assert.deepEqual(workers[0].received.map((request) => request.kind), ['compare', 'fingerprint']);
    assert.deepEqual(workers[0].received.map(textOfRequest), ['A|B', 'F']);
  });

  it('runs a request asked for ahead before those already waiting, never stopping the running one', async () => {
    const { client: queue, workers } = client();
    const done: string[] = [];
    const running = queue.analyze('long 1', 'first long article', {}).then(() => done.push('long 1'));
    const waiting = queue.analyze('long 2', 'second long article', {}).then(() => done.push('long 2'));
    const short = queue.analyze('short', 'a short article', {}, undefined, true).then(() => done.push('short'));
    await settle();
    assert.equal(workers[0].received.length, 1, 'one request at a time');
    for (let i = 0; i < 3; i++) {
      workers[0].answer(workers[0].received[i]);
      await settle();
    }
    await Promise.all([running, waiting, short]);
    assert.deepEqual(done, ['long 1', 'short', 'long 2']);
    assert.deepEqual(workers[0].received.map((request) => request.kind === 'analyze' && request.text), ['first long article', 'a short article', 'second long article']);
  });

  it('warms a worker up ahead of need, once, and drops the warm-up\'s answer', async () => {
    const { client: queue, workers } = client();
    queue.warmUp();
    queue.warmUp();
    assert.equal(workers.length, 1);
    assert.deepEqual(workers[0].received.map((request) => request.id), [0]);
    const analysed = queue.analyze('a', 'an article', {});
    await settle();
    // The warm-up's answer comes first and settles nothing; the request's own answer settles it.
    workers[0].answer(workers[0].received[0]);
    workers[0].answer(workers[0].received[1]);
    assert.equal(textOf(await analysed), 'an article');
    assert.equal(workers.length, 1, 'the warmed worker does the work');
    assert.equal(queue.queued, 0);
  });

  it('warms a worker up only if nothing was asked of it first', async () => {
    const { client: queue, workers } = client();
    const analysed = queue.analyze('a', 'the open article', {});
    queue.warmUp();
    // The open article is the first and only thing asked: no warm-up text before it.
    assert.deepEqual(workers[0].received.map((request) => request.kind === 'analyze' && request.text), ['the open article']);
    workers[0].answer(workers[0].received[0]);
    assert.equal(textOf(await analysed), 'the open article');

    const { client: idle, workers: idleWorkers } = client();
    idle.warmUp();
    assert.deepEqual(idleWorkers[0].received.map((request) => request.id), [0], 'no article open: the short text warms it');
  });

  it('forgets a closed document', async () => {
    const { client: c, workers } = client();
    const running = c.analyze('a', 'A', {}).catch((error: Error) => error);
    const waiting = c.analyze('b', 'B', {}).catch((error: Error) => error);
    c.cancel('b');
    c.cancel('a');
    assert.ok((await running) instanceof SupersededError);
    assert.ok((await waiting) instanceof SupersededError);
    assert.equal(c.queued, 0);
    assert.equal(workers[0].terminated, true);
  });

  it('a retry may allow more time than the usual limit', async () => {
    const { client: c, workers } = client(20);
    // The retry's allowance is far above the wait, so a loaded machine that fires the wait's timer late still answers in time.
    const retried = c.analyze('slow', 'S', {}, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Past the usual 20 ms, the run with 10 s is still going, and its answer is taken.
    workers[0].answer(workers[0].received[0]);
    assert.equal(textOf(await retried), 'S');
    const stopped = await c.analyze('slow', 'S2', {}, 30).catch((error: Error) => error);
    assert.ok(stopped instanceof TooSlowError && stopped.limitMs === 30);
    c.dispose();
  });

  it('passes the worker\'s log lines to the host\'s log without touching the request it runs', async () => {
    const lines: string[] = [];
    const workers: FakeWorker[] = [];
    const c = new AnalysisWorkerClient(
      () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      undefined,
      (level, message) => lines.push(`${level}: ${message}`),
    );
    const running = c.analyze('doc', 'text of the story', {});
    workers[0].emit('message', { log: 'warn', message: 'a library complained' } satisfies AnalysisReply);
    workers[0].answer(workers[0].received[0]);
    assert.equal(textOf(await running), 'text of the story');
    assert.deepEqual(lines, ['warn: a library complained']);
  });
});
