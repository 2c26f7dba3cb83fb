interface LiveStatusProps {
  children?: string | null;
  className?: string;
}

/**
 * A polite live region. Keep it mounted and change its text: screen readers announce changes of a region
 * that already exists, not regions that appear together with their text.
 */
export function LiveStatus({ children, className }: LiveStatusProps) {
  return (
    <p role="status" aria-live="polite" className={className ? `live-status ${className}` : 'live-status'}>
      {children}
    </p>
  );
}
