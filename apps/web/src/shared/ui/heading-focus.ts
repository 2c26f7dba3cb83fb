/**
 * Decides when a page's <h1> takes the focus: after a client-side navigation to another path, so that
 * screen-reader users hear that the page changed, but not on the first load (the reader starts at the top
 * anyway, and the skip link must stay first) and not when only the query changes (typing in a search field
 * updates `?q=` and must keep the focus in the field).
 */
export function createHeadingFocusTracker() {
  let focusedPathname: string | null = null;
  return {
    /** Called when a page heading is ready; true when it should be focused now. */
    shouldFocus(pathname: string): boolean {
      const isFirstPage = focusedPathname === null;
      const isNewPage = focusedPathname !== pathname;
      focusedPathname = pathname;
      return !isFirstPage && isNewPage;
    },
  };
}

export const headingFocus = createHeadingFocusTracker();
