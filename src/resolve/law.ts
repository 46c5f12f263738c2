/** The dated law data of a folder (luong-co-so.yaml, danh-hieu.yaml), read from disk and checked. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AWARDS_FILE, BASE_SALARY_FILE, LawDataError, parseLawData, type LawData, type LawText } from '../law/law-data.ts';

function readLawText(path: string): LawText {
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch {
    throw new LawDataError(path, 0, '(tệp)', 'không đọc được tệp: kiểm tra tệp có trong thư mục và đọc được.');
  }
}

export function loadLawData(dir = 'data/_chung'): LawData {
  return parseLawData(readLawText(join(dir, BASE_SALARY_FILE)), readLawText(join(dir, AWARDS_FILE)));
}
