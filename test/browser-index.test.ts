/**
 * The index page in a real browser (Debian's Chromium, playwright-core): the samples built by the command
 * into a scratch output, output/index.html opened from the file system, what it shows checked, a link
 * followed to a document's page; then one data file broken and rebuilt: the index shows the document
 * as stale with its error beside it, and its old files still open.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findDocuments } from '../src/build/pipeline.ts';
import { runBuild } from '../src/cli/run.ts';
import { QUOC_HIEU, TIEU_NGU } from '../src/layout/nd30.ts';
import { CHROMIUM, launchChromium } from './helpers/chromium.ts';
import { scratchDir } from './helpers/scratch.ts';
import { needTool } from './helpers/tools.ts';

const hasChromium = needTool('chromium', 'chromium', CHROMIUM);

const SAMPLE = 'data/2025/quyet-dinh-khen-thuong-2025.md';
const TITLE = 'Về việc khen thưởng các tập thể, cá nhân ngành Giáo dục và Đào tạo có thành tích xuất sắc năm học 2024 - 2025';

describe.skipIf(!hasChromium)('output/index.html in Chromium', () => {
  const dir = scratchDir('vbtd-index-');
  const out = join(dir, 'output');
  // The sample batch has a row of its own (its checks) besides one per document it makes (42).
  const count = findDocuments('data').length + 42;
  const build = () => runBuild([], { out: () => {}, err: () => {} }, { dataDir: join(dir, 'data'), outDir: out, templatesDir: 'templates' });
  let browser: Browser;

  beforeAll(async () => {
    cpSync('data', join(dir, 'data'), { recursive: true });
    expect(await build()).toBe(0);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  const openIndex = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    return page;
  };

  /** The row (its tbody) of a data file. */
  const rowOf = (page: Page, source: string) => page.locator('tbody').filter({ has: page.locator('.tep', { hasText: source }) });

  /** What the row shows in its cells, in order: loại, số/ký hiệu, ngày, trích yếu and data file, người ký, trạng thái, tệp. */
  const cells = (page: Page, source: string) => rowOf(page, source).locator('tr').first().locator('td, th').allInnerTexts();

  /** Every file a link of the page leads to, with whether it is there. */
  const linkedFiles = (page: Page, scope = 'body') =>
    page.locator(scope).locator('a[href]:not([href^="#"])').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));

  it('lists every sample with its loại, số/ký hiệu, ngày, trích yếu, người ký and state; its link opens the document page', async () => {
    const page = await openIndex();
    expect(await page.title()).toBe('Danh sách văn bản');
    expect((await page.locator('.tong-ket li').allInnerTexts()).slice(0, 2)).toEqual([`${count} văn bản`, `${count} đã tạo`]);
    expect(await page.locator('.can-xem').count()).toBe(0);
    expect(await page.locator('tbody').count()).toBe(count);
    expect(await cells(page, SAMPLE)).toEqual(['Quyết định', '2368/QĐ-UBND', '10/12/2025', `${TITLE}\n${SAMPLE}`, 'Hoàng Thị Ngân', '✓ Đã tạo Đã ban hành', 'Xem DOCX PDF']);
    expect(await cells(page, 'data/2026/ke-hoach-tdkt-xa-son-duong-du-thao.md')).toContain('✓ Đã tạo Dự thảo');
    for (const href of await linkedFiles(page)) expect(existsSync(fileURLToPath(href)), href).toBe(true);

    await rowOf(page, SAMPLE).getByRole('link', { name: 'Xem 2368/QĐ-UBND' }).click();
    await page.waitForURL('**/2025/quyet-dinh-khen-thuong-2025.html');
    await page.evaluate(() => document.fonts.ready);
    const header = (await page.locator('section header').first().innerText()).replace(/\u00a0/g, ' ');
    for (const line of [QUOC_HIEU, TIEU_NGU, 'Số: 2368/QĐ-UBND', 'ỦY BAN NHÂN DÂN']) expect(header).toContain(line);
    expect(await page.locator('section h1').first().innerText()).toBe('QUYẾT ĐỊNH');
    expect((await page.locator('section').first().innerText()).replace(/\s+/g, ' ')).toContain(TITLE);
    await page.close();
  });

  it('a data file broken after a good build: the index shows it stale with its error beside it, and its old files still open', async () => {
    const base = join(out, '2025/quyet-dinh-khen-thuong-2025');
    const before = Object.fromEntries(['docx', 'pdf', 'html'].map((ext) => [ext, readFileSync(`${base}.${ext}`)]));
    const data = join(dir, SAMPLE);
    writeFileSync(data, readFileSync(data, 'utf8').replace('ngay: 2025-12-10', 'ngay: 2025-12-32'));
    expect(await build()).toBe(1);

    const page = await openIndex();
    expect(await page.locator('.tong-ket li').allInnerTexts()).toContain('1 bản cũ, chưa cập nhật');
    expect(await page.locator('.tong-ket li').nth(1).innerText()).toBe(`${count - 1} đã tạo`);
    expect(await page.locator('.can-xem li').allInnerTexts()).toEqual([`! ${SAMPLE} — bản cũ, chưa cập nhật`]);
    const shown = await cells(page, SAMPLE);
    expect(shown.slice(5)).toEqual(['! Bản cũ, chưa cập nhật Đã ban hành', 'Xem DOCX PDF']);
    // What the kept files are: the summary of the last good build, from the manifest.
    expect(shown.slice(0, 3)).toEqual(['Quyết định', '2368/QĐ-UBND', '10/12/2025']);
    const error = rowOf(page, SAMPLE).locator('.van-de li.loi');
    expect(await error.isVisible()).toBe(true);
    expect(await error.innerText()).toMatch(/^Lỗi: .*quyet-dinh-khen-thuong-2025\.md, dòng \d+ — trường "ngay": ngày 2025-12-32 không có thật/);

    const links = await linkedFiles(page, `tbody:has(.tep:text-is("${SAMPLE}"))`);
    expect(links.map((href) => href.slice(href.lastIndexOf('.') + 1))).toEqual(['html', 'docx', 'pdf']);
    for (const href of links) expect(readFileSync(fileURLToPath(href)).equals(before[href.slice(href.lastIndexOf('.') + 1)]), href).toBe(true);

    await page.locator('.can-xem a').click();
    await rowOf(page, SAMPLE).getByRole('link', { name: 'Xem 2368/QĐ-UBND (bản cũ)' }).click();
    await page.waitForURL('**/2025/quyet-dinh-khen-thuong-2025.html');
    expect((await page.locator('section header').first().innerText()).replace(/\u00a0/g, ' ')).toContain('Số: 2368/QĐ-UBND');
    await page.close();
  });
});
