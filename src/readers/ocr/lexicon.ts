/**
 * Recognition slips in the vocabulary of budget disclosures: a character the OCR model confuses
 * with a similar one where the misread form is not a word of these documents (`文出` for 支出,
 * `年未结转` for 年末结转), and bracket debris around `（室）`-style notes. Each rule is a whole
 * class of slip, never a document's text.
 */
const FIXES: [RegExp, string][] = [
  [/文出|(?<!推)广出/gu, '支出'],
  [/收文(?=[预决总情])/gu, '收支'],
  [/年未(?=结)/gu, '年末'],
  // 预 read as 巴 (`年初巴算`, and at a line end before 算 on the next line)
  [/巴(?=算)|(?<=年初)巴$/gu, '预'],
  // 京 read as a look-alike in the capital's name: `北束市`, `北系市`
  [/北[束系泵](?=市)/gu, '北京'],
  // a 了 read into the gap of a letter-spaced table title: `功能分类了预算表`
  [/(?<=分类)了(?=[预决]算)/gu, ''],
  [/(?<=[\p{Script=Han}])[“"【《〈(（]{1,3}(?=[\p{Script=Han}]{1,6}[）)])/gu, '（'],
];

export function fixOcrVocabulary(s: string): string {
  let out = s;
  for (const [re, to] of FIXES) out = out.replace(re, to);
  return out;
}

/**
 * The classification header `类 款 项` (and the economic one `类 款`) with its middle cell
 * misread (`类 区 项`, `类 于 项`), or a line of nothing but it with both misread (`类 区 硕`):
 * cells of one line, fixed in place.
 */
export function fixHeaderCells(cells: string[]): void {
  for (let i = 1; i + 1 < cells.length; i++) {
    if (cells[i - 1] === '类' && cells[i + 1] === '项' && /^\p{Script=Han}$/u.test(cells[i]) && cells[i] !== '款') cells[i] = '款';
  }
  // a line of just `类` and two (one) more one-character cells is the header with both misread: `类 区 硕`
  const one = (t: string) => /^\p{Script=Han}$/u.test(t);
  if (cells[0] === '类' && (cells.length === 3 || cells.length === 2) && cells.every(one)) {
    cells[1] = '款';
    if (cells.length === 3) cells[2] = '项';
  }
}
