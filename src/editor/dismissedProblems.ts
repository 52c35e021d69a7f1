import * as vscode from 'vscode';

const STATE_KEY = 'sourcelens.dismissedProblems';

/** What a dismissal is remembered by: the problem's code, its file and its quote's words, so an edit elsewhere keeps it dismissed. */
export interface ProblemIdentity {
  code: string;
  uri: vscode.Uri;
  quoteText: string;
}

function keyOf(problem: ProblemIdentity): string {
  const words = problem.quoteText.replace(/\s+/gu, ' ').trim().slice(0, 200);
  return [problem.code, vscode.workspace.asRelativePath(problem.uri, true), words].join('\n');
}

/**
 * Problems the user dismissed with the quick fix, remembered in the workspace's state (not its
 * settings: nothing is written into the folder), until *Show Dismissed Problems Again*.
 */
export class DismissedProblems implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private keys(): string[] {
    return this.state.get<string[]>(STATE_KEY, []);
  }

  has(problem: ProblemIdentity): boolean {
    return this.keys().includes(keyOf(problem));
  }

  get size(): number {
    return this.keys().length;
  }

  async add(problem: ProblemIdentity): Promise<void> {
    const key = keyOf(problem);
    if (this.keys().includes(key)) return;
    await this.state.update(STATE_KEY, [...this.keys(), key]);
    this.changed.fire();
  }

  /** Forgets every dismissal; returns how many there were. */
  async clear(): Promise<number> {
    const count = this.keys().length;
    await this.state.update(STATE_KEY, undefined);
    this.changed.fire();
    return count;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
