import type { ReactNode } from 'react';

/** A named region that scrolls sideways around a wide table of the page. */
export function ScrollRegion({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`analytics__scroll ${className}`.trim()}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable).
      tabIndex={0}
    >
      {children}
    </section>
  );
}
