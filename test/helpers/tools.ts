import { spawnSync } from 'node:child_process';

/** Whether an external tool (soffice, pdftotext) is on PATH; tests that need it skip, saying so, when not. */
export const hasCommand = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
