import type { Rule } from './rule.ts';

/** `KT. CHỦ TỊCH` is signed by a deputy: the chức vụ line must be a PHÓ …. */
export const quyenHan: Rule = {
  id: 'quyen-han',
  severity: 'canh-bao',
  description: 'Ký thay (KT.) thì người ký là cấp phó; thay mặt (TM.) đứng đầu chuỗi quyền hạn.',
  onAttachments: true,
  check(doc) {
    return doc.closing.signers.flatMap((signer, i) => {
      const findings = [];
      const ktIndex = signer.lines.findIndex((l) => l.startsWith('KT. '));
      const chucVu = signer.lines.at(-1) ?? '';
      if (ktIndex !== -1 && !chucVu.startsWith('PHÓ ')) {
        findings.push({ message: `ký thay (${signer.lines[ktIndex]}) nhưng chức vụ "${chucVu}" không phải cấp phó. Kiểm tra lại quyền hạn hoặc chức vụ.`, field: ['ky', i] });
      }
      const tmIndex = signer.lines.findIndex((l) => l.startsWith('TM. '));
      if (tmIndex > 0) findings.push({ message: `"${signer.lines[tmIndex]}" phải là dòng đầu của quyền hạn ký.`, field: ['ky', i] });
      return findings;
    });
  },
};
