import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { BIN } from './bin.js';

/**
 * The built binary on a real pseudo-terminal: a detached tmux session of its own (own server
 * socket), driven with send-keys and read with capture-pane, as a person at a terminal would.
 */
export class TmuxTerminal {
  private readonly socket = `svc-test-${randomUUID().slice(0, 8)}`;

  constructor(args: string[], options: { cwd: string; env: Record<string, string> }) {
    const env = Object.entries({ NO_COLOR: '1', TZ: 'UTC', HOME: options.cwd, LANG: 'en_US.UTF-8', ...options.env })
      .map(([key, value]) => `${key}=${shellQuote(value)}`)
      .join(' ');
    // The pane stays open after the command ends, so its last words and exit code can be read.
    const command = `cd ${shellQuote(options.cwd)} && env ${env} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')}; echo "[exit $?]"; sleep 60`;
    this.tmux('new-session', '-d', '-x', '120', '-y', '50', command);
  }

  /** The screen as text, trailing blank lines removed. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-S', '-200').replace(/\s+$/, '');
  }

  /** How many times the screen shows `text`. */
  count(text: string): number {
    return this.screen().split(text).length - 1;
  }

  /** Waits until the screen shows `text` at least `times` times (polling, never a blind sleep). */
  async waitFor(text: string, times = 1, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.count(text) >= times) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the terminal never showed ${JSON.stringify(text)} ${times} time(s); it shows:\n${this.screen()}`);
  }

  /** Types text as keystrokes, then Enter. */
  type(text: string): void {
    if (text !== '') this.tmux('send-keys', '-l', text);
    this.tmux('send-keys', 'Enter');
  }

  /** Named keys: Down, Up, Enter, C-c … */
  press(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Answers the question showing `prompt` once it is asked, and waits until it is taken. */
  async answer(prompt: string, text: string): Promise<void> {
    const answered = this.count(`✔ ${prompt}`);
    await this.waitFor(`? ${prompt}`);
    this.type(text);
    await this.waitFor(`✔ ${prompt}`, answered + 1);
  }

  /** The process id of the command running in the pane (the child of the pane's shell). */
  commandPid(): number {
    const shell = this.tmux('display-message', '-p', '#{pane_pid}').trim();
    const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
    return Number(children[0]);
  }

  /** Ends the session and its server, and removes the server's socket file, which tmux leaves behind. */
  close(): void {
    try {
      const socketPath = this.tmux('display-message', '-p', '#{socket_path}').trim();
      this.tmux('kill-server');
      rmSync(socketPath, { force: true });
    } catch {
      // Already gone.
    }
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
