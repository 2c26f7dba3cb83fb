import type { ReactNode } from 'react';

/** One row of a `<dl className="facts">`: what it is and its value. */
export function Fact({
  label,
  children,
  valueClassName,
}: {
  label: ReactNode;
  children: ReactNode;
  valueClassName?: string;
}) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}
