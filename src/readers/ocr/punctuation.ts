/**
 * Chinese punctuation that OCR printed as ASCII: `维护费.2026年` → `维护费。2026年`, `(三)` → `（三）`.
 * Only marks touching a CJK character change (a `.` between digits is a decimal point, `1.` a list number).
 */
const HAN = '\\p{Script=Han}';
const AFTER_HAN: Record<string, string> = { '.': '。', ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

export function normalizeOcrPunctuation(s: string): string {
  let out = s.replace(new RegExp(`(?<=[${HAN}）”])\\s*([.,:;?!])(?!\\d*[.,]\\d)`, 'gu'), (_m, p: string) => AFTER_HAN[p] ?? p);
  // brackets: an opening one before Han text, a closing one after it
  out = out.replace(new RegExp(`\\(\\s*(?=[${HAN}])`, 'gu'), '（');
  out = out.replace(new RegExp(`(?<=[${HAN}])\\s*\\)`, 'gu'), '）');
  // angle brackets read for round ones: `〈境）`, `《类）`, `（境〉`
  out = out.replace(/[〈《]{1,2}([^〈《〉》（）()]{1,12})[）)〉》]/gu, '（$1）').replace(/[（(]([^〈《〉》（）()]{1,12})[〉》]/gu, '（$1）');
  // a bracket pair left half ASCII: `（境)` / `(境）`
  out = out.replace(/（([^（）()]{1,12})\)/gu, '（$1）').replace(/\(([^（）()]{1,12})）/gu, '（$1）');
  // a classification code, then a mark read into the gap before its name: `2101102。事业单位医疗`, `01，行政运行`
  out = out
    .replace(/^[“”"]?\s*(\d{2,7})\s*(?:[，。,；;“”"]\s*)+(?=\p{Script=Han})/u, '$1 ')
    .replace(/^(\d{3,7})\s*[.、]\s*[“”"]?\s*(?=\p{Script=Han})/u, '$1 ')
    .replace(/^(\d{2,7})\s*[，。,；;]$/u, '$1');
  // a list number with its point lost before a quoted heading: `7 “公共安全支出（类）…”` → `7. “…”`
  out = out.replace(/^(\d{1,2})\s+(?=[“"]\p{Script=Han})/u, '$1. ');
  // a list number with its point read as a comma: `1，一般公共预算资金` → `1.一般公共预算资金`
  out = out.replace(/^(\d)\s*[，,]\s*(?=\p{Script=Han})/u, '$1.');
  // a speck read as a mark (or a dash) in front of a cell's text: `、功能分类科目名称`, `-合计`
  out = out.replace(/^[、，,.。；;：:\-_~]+\s*(?=\p{Script=Han})/u, '');
  // remnants of ruling lines at a cell's edges, a closing quote opening it or an opening one ending it
  out = out.replace(/^[|｜]+\s*|\s*[|｜]+$/g, '').replace(/^[”’]\s*(?=[\p{Script=Han}])/u, '').replace(/(?<=[\p{Script=Han}])\s*[“‘]$/u, '');
  return out;
}
