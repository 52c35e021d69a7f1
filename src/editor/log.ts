import * as vscode from 'vscode';

/** How serious a line is; the worker thread sends these too. */
export type LogLevel = 'info' | 'warn' | 'error';

let channel: vscode.LogOutputChannel | undefined;

/** The "Source Lens" log in the Output panel, made on first use (its level follows "Developer: Set Log Level"). */
function logChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Source Lens', { log: true });
  return channel;
}

/** Where everything the extension and its worker have to say goes, instead of the developer console. */
export const log = {
  info: (message: string): void => logChannel().info(message),
  warn: (message: string, error?: unknown): void => logChannel().warn(withError(message, error)),
  error: (message: string, error?: unknown): void => {
    if (error instanceof Error) logChannel().error(message, error);
    else logChannel().error(withError(message, error));
  },
  /** A line the worker thread sent. */
  line: (level: LogLevel, message: string): void => logChannel()[level](`[worker] ${message}`),
};

function withError(message: string, error: unknown): string {
  if (error === undefined) return message;
  return `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

/** The log channel and the "Source Lens: Show Log" command. */
export function registerLog(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('sourcelens.showLog', () => logChannel().show(true)),
    new vscode.Disposable(() => {
      channel?.dispose();
      channel = undefined;
    }),
  );
}
