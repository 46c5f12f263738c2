/**
 * Content templates compiled by an earlier run (src/content/templates.ts, useKeptTemplateCode): a
 * template that passed its checks keeps its compiled code under its text, the next run fills the template
 * from that code, with the same text and the same messages; a template with a fault keeps nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentTemplateError, renderContentTemplate, useKeptTemplateCode, type KeptTemplateCode } from '../src/content/templates.ts';

afterEach(() => useKeptTemplateCode(undefined));

function store(initial: Record<string, string> = {}): KeptTemplateCode & { codes: Map<string, string> } {
  const codes = new Map(Object.entries(initial));
  return { codes, get: (text) => codes.get(text), set: (text, code) => void codes.set(text, code) };
}

// Each test uses texts of its own: a text once compiled is kept in the process, whatever the store.
describe('compiled content templates kept for the next runs', () => {
  it('keeps the code of a checked template, and a run given that code fills the template from it', () => {
    const kept = store();
    useKeptTemplateCode(kept);
    const text = 'Năm {{nam}}: {{#each don_vi}}- {{this}}\n{{/each}}';
    const context = { nam: 2025, don_vi: ['Phòng *Nội vụ*', 'UBND xã'] };
    const fresh = renderContentTemplate({ path: 'a.md.hbs', text }, context);
    expect(fresh).toBe('Năm 2025: - Phòng \\*Nội vụ\\*\n- UBND xã\n');
    expect([...kept.codes.keys()]).toEqual([text]);

    // Another text given that code prints what the code says: the kept code is what runs.
    const other = `${text} `;
    useKeptTemplateCode(store({ [other]: kept.codes.get(text)! }));
    expect(renderContentTemplate({ path: 'a.md.hbs', text: other }, context)).toBe(fresh);
  });

  it('from kept code, a missing value and an unprintable one give the same messages', () => {
    const text = 'Kính gửi {{noi_nhan}}, {{ds}}.';
    const messages = (template: string): string[] =>
      [{}, { noi_nhan: 'Sở', ds: ['a'] }].map((context) => {
        try {
          renderContentTemplate({ path: 'b.md.hbs', text: template }, context);
          return 'no error';
        } catch (e) {
          return `${(e as ContentTemplateError).message} @${(e as ContentTemplateError).line}`;
        }
      });
    const kept = store();
    useKeptTemplateCode(kept);
    const fresh = messages(text);
    expect(fresh[0]).toContain('cần giá trị "noi_nhan"');
    expect(fresh[1]).toContain('là một danh sách 1 mục');
    const other = `${text}\n`;
    useKeptTemplateCode(store({ [other]: kept.codes.get(text)! }));
    expect(messages(other)).toEqual(fresh);
  });

  it('a template with a fault keeps nothing', () => {
    const kept = store();
    useKeptTemplateCode(kept);
    for (const text of ['{{#each x}} chưa đóng', '{{khong_co_ham 1}}']) {
      expect(() => renderContentTemplate({ path: 'c.md.hbs', text }, { x: [] })).toThrow(ContentTemplateError);
    }
    expect(kept.codes.size).toBe(0);
  });
});
