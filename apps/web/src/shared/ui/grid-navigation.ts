/** Splits a list into rows of `columns` cells (the last row may be shorter). */
export function toRows<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, columns);
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/**
 * Where a key moves the focus in a grid of `count` cells laid out `columns` to a row (the WAI-ARIA grid
 * pattern): arrows by one cell or one row, Home/End to the row's ends, Ctrl+Home/End to the first and last
 * cell. Null for a key the grid does not handle; the index stays put at an edge.
 */
export function nextGridIndex(
  index: number,
  key: string,
  grid: { count: number; columns: number; withCtrl?: boolean },
): number | null {
  const { count } = grid;
  const columns = Math.max(1, grid.columns);
  const last = count - 1;
  const rowStart = index - (index % columns);
  const clamp = (to: number) => Math.min(last, Math.max(0, to));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + columns <= last ? index + columns : index;
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'Home':
      return grid.withCtrl ? 0 : rowStart;
    case 'End':
      return grid.withCtrl ? last : Math.min(last, rowStart + columns - 1);
    default:
      return null;
  }
}
