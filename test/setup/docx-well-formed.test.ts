/** The suite-wide DOCX check is on: writing a DOCX in-process goes through it. */
import { expect, it } from 'vitest';
import { buildFile, fonts } from '../helpers/build.ts';
import { buildPlan } from '../../src/plan/build.ts';
import { loadDocxTemplate } from '../../src/resolve/resources.ts';
import { writeDocx } from '../../src/writers/docx/index.ts';

it('every DOCX written in a test is parsed, part by part', () => {
  const before = globalThis.docxChecked ?? 0;
  const template = loadDocxTemplate('templates/van-ban.docx', { maxBytes: 20 * 1024 * 1024, templatesDir: 'templates' });
  if ('problem' in template) throw new Error(template.problem.message);
  writeDocx(buildPlan(buildFile('data/2025/chi-thi-thi-dua-2025.md'), { fonts: fonts(), imageBytes: new Map() }), template);
  expect(globalThis.docxChecked).toBe(before + 1);
});
