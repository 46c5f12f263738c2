/** Markdown, JSON and YAML files carry the same document; content templates regenerate a plan by data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readStructured } from '../src/readers/parse.ts';
import { renderContentTemplate, HELPERS } from '../src/content/templates.ts';
import { buildFile, buildSource } from './helpers/build.ts';
import type { Block } from '../src/document/types.ts';

const FIELDS = {
  loai: 'ke_hoach',
  co_quan: 'ubnd-tinh-cao-bang',
  so: 7,
  ngay: '2023-03-08',
  trich_yeu: 'Tổ chức phong trào thi đua',
  ky: { quyen_han: ['KT. CHỦ TỊCH'], chuc_vu: 'PHÓ CHỦ TỊCH', ho_ten: 'Trần Văn B' },
  noi_nhan: ['Sở Nội vụ'],
  luu: ['NV'],
};
const BODY = '# Mục đích\n\n- Tuyên truyền.\n';

const text = (blocks: Block[]): string[] => blocks.map((b) => (b.kind === 'paragraph' ? `${b.label ?? ''} ${b.runs.map((r) => r.text).join('')}` : b.kind));

describe('readers', () => {
  it('give the same document from .md, .json and .yaml', () => {
    const yamlFields = Object.entries(FIELDS).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
    const fromMd = buildSource(readMarkdown(`---\n${yamlFields}\n---\n${BODY}`, 'a.md'));
    const fromJson = buildSource(readStructured(JSON.stringify({ ...FIELDS, noi_dung: BODY }, null, 2), 'a.json'));
    const fromYaml = buildSource(readStructured(`${yamlFields}\nnoi_dung: |\n  # Mục đích\n\n  - Tuyên truyền.\n`, 'a.yaml'));
    const strip = ({ source, ...rest }: { source: string }) => rest;
    expect(strip(fromJson)).toEqual(strip(fromMd));
    expect(strip(fromYaml)).toEqual(strip(fromMd));
    expect(text(fromMd.body)).toEqual(['I. Mục đích', '- Tuyên truyền./.']);
  });

  it('report the line of a field in JSON too', () => {
    const json = JSON.stringify({ ...FIELDS, ngay: '2023-13-01' }, null, 2);
    expect(() => buildSource(readStructured(json, 'a.json'))).toThrow(/a\.json, dòng 5 — trường "ngay": tháng 13 không có/);
  });
});

describe('content templates', () => {
  it('helpers give the decree forms', () => {
    expect(HELPERS.ngay_van_ban('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(HELPERS.ngay_ngan('2023-12-07')).toBe('07/12/2023');
    expect(HELPERS.la_ma(14)).toBe('XIV');
    expect(HELPERS.chu_cai(5)).toBe('đ');
    expect(HELPERS.so(7020000)).toBe('7.020.000');
    expect(HELPERS.so_hai_chu_so(2)).toBe('02');
    expect(HELPERS.cong(2023, 1)).toBe(2024);
  });

  it('name the missing value', () => {
    expect(() => renderContentTemplate({ path: 'templates/noi-dung/ke-hoach-tdkt-huyen.md.hbs', text: readFileSync('templates/noi-dung/ke-hoach-tdkt-huyen.md.hbs', 'utf8') }, { nam: 2024 })).toThrow(/cần giá trị "ke_hoach_tinh" trong du_lieu/);
  });

  it('regenerate a plan for another year and another agency from data alone', () => {
    const body = (path: string) => text(buildFile(path).body).join('\n');
    const y2024 = body('data/2024/ke-hoach-tdkt-huyen-vinh-cuu.md');
    expect(y2024).toContain('- Xây dựng Kế hoạch công tác thi đua, khen thưởng và phát động phong trào thi đua yêu nước năm 2025.');
    expect(y2024).toContain('trên địa bàn huyện năm 2023, xét khen thưởng');
    expect(y2024).not.toContain('2022');
    const trangBom = buildFile('data/2024/ke-hoach-tdkt-huyen-trang-bom.yaml');
    expect(trangBom.header.coQuanBanHanh).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN TRẢNG BOM']);
    expect(trangBom.closing.signers[0].lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(body('data/2024/ke-hoach-tdkt-huyen-trang-bom.yaml')).toContain('a) Tham mưu Chủ tịch UBND huyện');
  });
});
