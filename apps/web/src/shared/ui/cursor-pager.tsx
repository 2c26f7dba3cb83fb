interface CursorPagerProps {
  /** Cursors of the pages seen so far; the last one is the page shown (the first is `null`). */
  cursors: readonly (string | null)[];
  nextCursor: string | null | undefined;
  onChange: (cursors: (string | null)[]) => void;
  newerLabel: string;
  olderLabel: string;
  className?: string;
}

/** «Newer» and «older» buttons of a list paged by cursor, newest first. */
export function CursorPager({
  cursors,
  nextCursor,
  onChange,
  newerLabel,
  olderLabel,
  className,
}: CursorPagerProps) {
  return (
    <div className={className}>
      {cursors.length > 1 ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange(cursors.slice(0, -1))}
        >
          {newerLabel}
        </button>
      ) : null}
      {nextCursor ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...cursors, nextCursor])}
        >
          {olderLabel}
        </button>
      ) : null}
    </div>
  );
}
