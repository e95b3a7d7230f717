// Vietnamese text the layout layer itself prints: page numbers and the corrections footer.

export function pageNumber(page: number, total: number): string {
  return `Trang ${page}/${total}`;
}

/** The correction count printed at the foot of a score page (record-books.md, common rules). */
export function correctionsFooter(byTag: ReadonlyMap<string, number>): string {
  let total = 0;
  const parts: string[] = [];
  for (const [tag, n] of byTag) {
    total += n;
    parts.push(`môn ${tag}: ${n} điểm`);
  }
  if (total === 0) return 'Trong trang này có 0 điểm được sửa chữa.';
  return `Trong trang này có ${total} điểm được sửa chữa, trong đó ${parts.join('; ')}.`;
}
