/** The whole process as /usr/bin/time sees it, for the benchmarks. */
import { spawnSync } from 'node:child_process';

export interface Figures {
  /** Elapsed seconds. */
  wall: number;
  /** User + system seconds, all threads. */
  cpu: number;
  /** Peak resident memory, KB. */
  memory: number;
  /** The command's exit code and the end of what it printed on stderr. */
  status: number | null;
  stderr: string;
}

/** One run of `command` under /usr/bin/time (its own output, but the last line of stderr, is not kept). */
export function timed(command: string[]): Figures {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const lines = result.stderr.trim().split('\n');
  const [wall, user, system, memory] = lines.pop()!.split(' ').map(Number);
  return { wall, cpu: user + system, memory, status: result.status, stderr: lines.join('\n') };
}
