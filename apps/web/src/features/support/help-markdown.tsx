import Markdown from 'react-markdown';

/**
 * A knowledge-base article's Markdown (written by the system admin), rendered safely: react-markdown builds
 * React elements, never HTML strings; raw HTML in the text is dropped (`skipHtml`) and unsafe link
 * protocols (`javascript:`) are removed by its default URL transform.
 */
export function HelpMarkdown({ children }: { children: string }) {
  return (
    <div className="help-markdown">
      <Markdown skipHtml>{children}</Markdown>
    </div>
  );
}
