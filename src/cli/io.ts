/**
 * Where a command prints. The terminal's: colour only on a terminal (and never with NO_COLOR), a
 * progress line only on a terminal and not in CI. Tests pass their own, which collects the lines.
 */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Colours the marks (✓ green, ✗ and Lỗi red, Cảnh báo yellow). */
  colour?: boolean;
  /** Shows a progress line that the next one replaces (absent: no progress shown). */
  progress?(line: string): void;
}

const isTerminal = (stream: NodeJS.WriteStream): boolean => Boolean(stream.isTTY) && process.env.TERM !== 'dumb';

export function terminalIo(): Io {
  const colour = isTerminal(process.stdout) && process.env.NO_COLOR === undefined;
  const showProgress = isTerminal(process.stderr) && !process.env.CI;
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    out: (line) => {
      clear();
      console.log(line);
    },
    err: (line) => {
      clear();
      console.error(line);
    },
    colour,
    progress: showProgress
      ? (line) => {
          const width = (process.stderr.columns ?? 80) - 1;
          process.stderr.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
          shown = line !== '';
          if (!shown) clear();
        }
      : undefined,
  };
}

const PAINT = { green: 32, red: 31, yellow: 33, dim: 2 } as const;

/** `text` in `colour` when the output is a terminal that takes colours. */
export const paint = (io: Io, colour: keyof typeof PAINT, text: string): string => (io.colour ? `\x1b[${PAINT[colour]}m${text}\x1b[0m` : text);

/** A problem line with its label coloured: `Lỗi:` red, `Cảnh báo:` yellow. */
export const paintProblem = (io: Io, line: string): string =>
  line.replace(/^(Lỗi|Cảnh báo):/, (label, word: string) => paint(io, word === 'Lỗi' ? 'red' : 'yellow', label));
