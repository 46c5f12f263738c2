import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether an external tool (soffice, pdftotext) is on PATH, or at `path` when given. */
export const hasCommand = (command: string, path?: string): boolean =>
  path ? existsSync(path) : spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * The external tool a test needs (soffice, pdftotext, chromium). A missing tool fails the test file,
 * naming the Debian package to install, unless the environment variable BO_QUA_CONG_CU lists it
 * (`BO_QUA_CONG_CU=soffice,chromium`): then the tests needing it are skipped and the run says so.
 * Never a silent skip.
 */
export function needTool(command: string, debianPackage: string, path?: string): boolean {
  if (hasCommand(command, path)) return true;
  const allowed = (process.env.BO_QUA_CONG_CU ?? '').split(',').map((s) => s.trim());
  if (allowed.includes(command)) {
    console.warn(`BỎ QUA các kiểm thử cần ${command} (BO_QUA_CONG_CU=${process.env.BO_QUA_CONG_CU}).`);
    return false;
  }
  throw new Error(
    `Thiếu công cụ ${command} mà kiểm thử cần: cài bằng "apt-get install -y --no-install-recommends ${debianPackage}" (.ci/run tự cài), ` +
      `hoặc đặt BO_QUA_CONG_CU=${command} để bỏ qua, có báo, các kiểm thử cần nó.`,
  );
}
