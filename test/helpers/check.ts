/** The check command run as `npm run check` runs it (the command's entry, `kiem-tra`), in a scratch copy of the samples, and what a project holds. */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256 } from '../../src/core/hash.ts';
import { scratchDir } from './scratch.ts';

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ENTRY = resolve('src/cli/start.ts');

/** `npm run check -- …args` with `root` as the working folder. */
export function runCheckCommand(root: string, ...args: string[]): Promise<Outcome> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'kiem-tra', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** A scratch project with the samples' data/ and templates/. */
export function sampleProject(): string {
  const root = scratchDir('vbtd-kiem-tra-');
  for (const folder of ['data', 'templates']) cpSync(folder, join(root, folder), { recursive: true });
  return root;
}

/** Replaces `from` (which must be there) by `to` in a file of the project. */
export function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`"${from}" không có trong ${file}`);
  writeFileSync(path, edited);
}

/**
 * Every file and folder under `root`, each file with the hash of its content: what a run that writes
 * nothing leaves exactly as it was.
 */
export function projectState(root: string): Record<string, string> {
  const entries = readdirSync(root, { withFileTypes: true, recursive: true });
  const state: Record<string, string> = {};
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    state[relative(root, path)] = e.isDirectory() ? 'thư mục' : sha256(readFileSync(path));
  }
  return state;
}

/** The six faults of the broken sample: a date, an agency, a signer, an award, a content template, the front matter's YAML. */
export function breakSamples(root: string): void {
  edit(root, 'data/2023/ke-hoach-tdkt-huyen-vinh-cuu.md', 'ngay: 2023-02-06', 'ngay: 2023-02-30');
  edit(root, 'data/2025/quyet-dinh-khen-thuong-2025.md', 'co_quan: ubnd-tinh-tuyen-quang', 'co_quan: ubnd-tinh-khong-co');
  edit(root, 'data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md', '  nguoi_ky: dung', '  nguoi_ky: khong-co');
  edit(root, 'data/2025/_danh-sach-khen-thuong-2025.yaml', 'danh_hieu: tap_the_lao_dong_xuat_sac }', 'danh_hieu: tap_the_lao_dong_xuat_sac_x }');
  edit(root, 'data/2025/bao-cao-thanh-tich-ca-nhan-ha-thi-thu-trang.md', 'mau: bao-cao-thanh-tich-ca-nhan\n', 'mau: bao-cao-thanh-tich-ca-nhan-x\n');
  edit(root, 'data/2025/chi-thi-thi-dua-2025.md', 'so: 3\n', 'so: 3\nso: 4\n');
}
