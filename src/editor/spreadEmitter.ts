import type * as vscode from 'vscode';
import { log } from './log';

/**
 * An event whose listeners can be called one per turn of the event loop: the result of a large
 * document is turned into decorations, problems, the status bar, inlay hints and views by
 * separate listeners, each taking a few milliseconds; called in one go they stall the extension
 * host for their sum. `fire` calls them at once, as `vscode.EventEmitter` does.
 */
export class SpreadEmitter<T> {
  private readonly listeners = new Set<(value: T) => unknown>();

  readonly event: vscode.Event<T> = (listener, thisArgs?, disposables?) => {
    // A wrapper per subscription, so the same function subscribed twice is called twice.
    const bound = (value: T) => listener.call(thisArgs, value);
    this.listeners.add(bound);
    const subscription = { dispose: () => void this.listeners.delete(bound) };
    disposables?.push(subscription);
    return subscription;
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) this.call(listener, value);
  }

  /** Calls the listeners in order, each in its own turn (timers and I/O run between them). */
  fireSpread(value: T): void {
    const pending = [...this.listeners];
    const next = (): void => {
      const listener = pending.shift();
      if (!listener) return;
      // Unsubscribed in the meantime (a view closed): skip it.
      if (this.listeners.has(listener)) this.call(listener, value);
      if (pending.length > 0) setImmediate(next);
    };
    setImmediate(next);
  }

  dispose(): void {
    this.listeners.clear();
  }

  private call(listener: (value: T) => unknown, value: T): void {
    try {
      listener(value);
    } catch (error) {
      // One failing listener must not keep the others from the news, as with vscode.EventEmitter.
      log.error('a listener of an analysis result failed', error);
    }
  }
}
