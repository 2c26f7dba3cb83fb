import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { headingFocus } from './heading-focus';

interface PageHeadingProps {
  children: ReactNode;
  /** False while the page is loading: the heading is focused when it shows the real title. */
  isReady?: boolean;
  className?: string;
  /** Language of the text when it is data in another language than the interface (a clinic's name). */
  lang?: string | undefined;
}

/** The one <h1> of a page; keep it mounted across loading states so that it keeps the focus. */
export function PageHeading({ children, isReady = true, className, lang }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    if (isReady && headingFocus.shouldFocus(pathname)) ref.current?.focus();
  }, [pathname, isReady]);

  return (
    <h1
      ref={ref}
      tabIndex={-1}
      lang={lang}
      className={className ? `page-heading ${className}` : 'page-heading'}
    >
      {children}
    </h1>
  );
}
