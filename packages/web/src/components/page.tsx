import { Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';

// On the first page of a visit the browser's own focus order applies (skip link first); after
// that, each navigation moves focus to the new page's heading.
let firstPageShown = false;

/**
 * Every screen's frame: one h1 that also names the browser tab, and that takes the keyboard
 * focus after a navigation so screen-reader and keyboard users start at the new content.
 */
export function Page({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Khiên`;
  }, [title]);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, []);
  return (
    <section className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title" ref={heading} tabIndex={-1}>
          {title}
        </Typography.Title>
        {extra && <div className="page-extra">{extra}</div>}
      </div>
      {children}
    </section>
  );
}
