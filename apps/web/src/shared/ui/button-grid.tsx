import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { nextGridIndex, toRows } from './grid-navigation';
import './button-grid.css';

/** What a cell's button needs to take part in the grid's single tab stop. */
export interface GridCellProps {
  tabIndex: 0 | -1;
  onFocus: () => void;
  'data-grid-index': number;
}

interface ButtonGridProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** The narrowest a cell may be, in rem: as many columns fit as the width allows (360 px: 3–4 times). */
  minCellRem: number;
  /** The cell that takes the tab stop first (the chosen day), else the first. */
  initialIndex?: number;
  labelledBy: string;
  className?: string;
  renderCell: (item: T, cell: GridCellProps) => ReactNode;
}

const GAP_REM = 0.5;

/**
 * Buttons (days, times) as a WAI-ARIA grid: a screen reader hears rows and columns, Tab enters and leaves the
 * grid in one step, and the arrows, Home and End move inside it. The rows in the accessibility tree are the
 * rows on screen: the column count follows the width, so «down» is the button visually below.
 */
export function ButtonGrid<T>({
  items,
  getKey,
  minCellRem,
  initialIndex = 0,
  labelledBy,
  className,
  renderCell,
}: ButtonGridProps<T>) {
  const ref = useRef<HTMLTableElement>(null);
  const [columns, setColumns] = useState(4);
  const [active, setActive] = useState(initialIndex);
  const current = Math.min(Math.max(0, active), Math.max(0, items.length - 1));

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const width = element.clientWidth;
      setColumns(Math.max(1, Math.floor((width + GAP_REM * rem) / ((minCellRem + GAP_REM) * rem))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [minCellRem]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = nextGridIndex(current, event.key, {
      count: items.length,
      columns,
      withCtrl: event.ctrlKey,
    });
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    ref.current?.querySelector<HTMLElement>(`[data-grid-index="${next}"]`)?.focus();
  }

  const rows = toRows(
    items.map((item, index) => ({ item, index })),
    columns,
  );
  // A table with the grid role: its rows and cells are the grid's rows and cells for assistive technology.
  return (
    <table
      ref={ref}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern on a table
      role="grid"
      aria-labelledby={labelledBy}
      className={`button-grid${className ? ` ${className}` : ''}`}
      style={{ '--grid-columns': columns } as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <tbody className="button-grid__body">
        {rows.map((row) => (
          <tr className="button-grid__row" key={getKey(row[0]!.item)}>
            {row.map(({ item, index }) => (
              <td className="button-grid__cell" key={getKey(item)}>
                {renderCell(item, {
                  tabIndex: index === current ? 0 : -1,
                  onFocus: () => setActive(index),
                  'data-grid-index': index,
                })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
